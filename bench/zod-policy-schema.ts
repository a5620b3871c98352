// The policy format written in zod 4, as a baseline for bench/parse.bench.ts: the same
// per-value rules as policy-schema.ts (patterns, lengths, calendar-date and URL checks),
// none of the document-wide ones (unique ids, dangling #links, depth limits).
import { z } from 'zod';
import {
  DATE_PATTERN,
  HREF_PATTERN,
  LIMITS,
  LOCALE_PATTERN,
  RIGHT_ID_PATTERN,
  SLUG_PATTERN,
  WEB_URL_PATTERN,
  isRealCalendarDate,
} from '../packages/sdk/src/document/policy-schema';

/** Builds the schema; zod reads `z.config().jitless` at this moment, so call it after setting that. */
export function makeZodSchema() {
  const text = z.string().max(LIMITS.maxTextLength);
  const title = z.string().max(LIMITS.maxTitleLength).regex(/\S/);
  const slug = z.string().max(LIMITS.maxIdLength).regex(SLUG_PATTERN);
  const isoDate = z.string().regex(DATE_PATTERN).refine(isRealCalendarDate);
  const parseable = (value: string) => {
    if (!/^https?:/i.test(value)) return true;
    try {
      return new URL(value).hostname !== '';
    } catch {
      return false;
    }
  };
  const href = z.string().max(LIMITS.maxHrefLength).regex(HREF_PATTERN).refine(parseable);
  const webUrl = z.string().max(LIMITS.maxHrefLength).regex(WEB_URL_PATTERN).refine(parseable);
  const span = z.discriminatedUnion('type', [
    z.looseObject({ type: z.literal('link'), href, text: title }),
    z.looseObject({ type: z.enum(['strong', 'em']), text }),
  ]);
  const inline = z.union([text, z.array(z.union([text, span]))]);
  const contact = {
    title: title.optional(),
    email: z.email().optional(),
    phone: title.optional(),
    address: text.optional(),
    url: webUrl.optional(),
  };
  const block: z.ZodType = z.discriminatedUnion('type', [
    z.looseObject({ type: z.literal('paragraph'), text: inline }),
    z.looseObject({
      type: z.literal('list'),
      ordered: z.boolean().optional(),
      title: title.optional(),
      items: z.array(inline).max(LIMITS.maxListItems),
    }),
    z.looseObject({
      type: z.literal('callout'),
      tone: z.enum(['info', 'important', 'warning']),
      title: title.optional(),
      get blocks() {
        return z.array(block).max(LIMITS.maxBlocks);
      },
    }),
    z.looseObject({ type: z.literal('contact'), ...contact }),
  ]);
  const section: z.ZodType = z.looseObject({
    id: slug,
    title,
    summary: text.optional(),
    blocks: z.array(block).max(LIMITS.maxBlocks),
    get sections() {
      return z.array(section).optional();
    },
  });
  return z.looseObject({
    schemaVersion: z.literal(1),
    id: slug,
    version: z.string().max(LIMITS.maxIdLength).regex(/\S/),
    locale: z.string().max(LIMITS.maxIdLength).regex(LOCALE_PATTERN),
    title,
    lastUpdated: isoDate,
    effectiveDate: isoDate.optional(),
    appliesTo: text.optional(),
    organization: z.looseObject({ name: title }).optional(),
    contact: z.looseObject(contact).optional(),
    rights: z
      .array(
        z.looseObject({
          id: z.string().regex(RIGHT_ID_PATTERN),
          title: title.optional(),
          description: text.optional(),
        }),
      )
      .optional(),
    sections: z.array(section).min(1),
  });
}
