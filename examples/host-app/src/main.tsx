import '@policykit/react/styles.css';
import './host-app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createHostI18n } from './i18n/host-i18n';
import { PRODUCTS } from './products';
import { parseRoute } from './router';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to render the app into.');

// The host starts in the language of the product its URL names.
const hostI18n = createHostI18n(PRODUCTS[parseRoute(window.location.pathname).product].language);

createRoot(root).render(
  <StrictMode>
    <App i18n={hostI18n} />
  </StrictMode>,
);
