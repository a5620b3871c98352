import { use, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberSignUpAcceptance } from '../acknowledgements';
import { policiesFor, productPolicies } from '../policies';
import type { Product } from '../products';
import { navigate, pathFor } from '../router';
import { signIn } from '../session';

/** A fake sign-in: any name and e-mail will do. Signing in is what brings up the dialog. */
export function LoginPage({ product }: { product: Product }) {
  const { t } = useTranslation();
  const { previous } = policiesFor(use(productPolicies(product)), product);
  const id = useId();
  const [name, setName] = useState(product.demoUser.name);
  const [email, setEmail] = useState(product.demoUser.email);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    rememberSignUpAcceptance(previous);
    signIn(product.id, { name: name.trim() || product.demoUser.name, email: email.trim() });
    navigate(pathFor(product.id, 'dashboard'));
  }

  return (
    <>
      <h1>{t('login.title', { product: product.name })}</h1>
      <p className="host-lead">{t('login.intro')}</p>
      <form className="host-form" onSubmit={handleSubmit}>
        <label htmlFor={`${id}-name`}>{t('login.name')}</label>
        <input
          id={`${id}-name`}
          name="name"
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <label htmlFor={`${id}-email`}>{t('login.email')}</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <button type="submit" className="host-button">
          {t('login.submit')}
        </button>
      </form>
    </>
  );
}
