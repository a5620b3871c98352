import type { PolicyDiff, PolicyDocument, SectionDiff } from '@policykit/sdk';

const HEADINGS = {
  added: 'Added sections',
  removed: 'Removed sections',
  modified: 'Modified sections',
} as const;

const MARKS = { added: '+', removed: '-', modified: '~' } as const;

/**
 * A diff as a reader wants it in a terminal: which version to which, the
 * document-level fields that changed, then the added, removed and modified
 * sections by title — nested ones with their parents (`Parent › Child`), a
 * renamed one with its old title.
 *
 * @example
 * formatDiff(previous, current, diffPolicies(previous, current));
 * // ctt-privacy: version 2023-09-01 → 2024-06-12 (id-ID)
 * // Changed fields: rights
 * //
 * // Added sections:
 * //   + Transfer Data Internasional  #transfer-internasional
 * // …
 */
export function formatDiff(prev: PolicyDocument, next: PolicyDocument, diff: PolicyDiff): string {
  const lines: string[] = [];
  const versions =
    prev.version === next.version
      ? `version ${next.version}`
      : `version ${prev.version} → ${next.version}`;
  const locales = prev.locale === next.locale ? next.locale : `${prev.locale} → ${next.locale}`;
  lines.push(`${next.id}: ${versions} (${locales})`);
  if (!diff.changed) {
    lines.push('No changes.');
    return `${lines.join('\n')}\n`;
  }
  if (diff.fields.length > 0) lines.push(`Changed fields: ${diff.fields.join(', ')}`);

  const byId = new Map(diff.sections.map((section) => [section.id, section]));
  const breadcrumb = (section: SectionDiff): string => {
    const trail = [section.title];
    const seen = new Set([section.id]);
    let parent = section.parentId === null ? undefined : byId.get(section.parentId);
    while (parent && !seen.has(parent.id)) {
      trail.unshift(parent.title);
      seen.add(parent.id);
      parent = parent.parentId === null ? undefined : byId.get(parent.parentId);
    }
    return trail.join(' › ');
  };

  for (const change of ['added', 'removed', 'modified'] as const) {
    const sections = diff.sections.filter((section) => section.change === change);
    if (sections.length === 0) continue;
    lines.push('', `${HEADINGS[change]}:`);
    for (const section of sections) {
      const notes: string[] = [];
      if (section.previousTitle !== undefined) notes.push(`was "${section.previousTitle}"`);
      if (section.moved) notes.push('moved');
      const suffix = notes.length > 0 ? ` (${notes.join('; ')})` : '';
      lines.push(`  ${MARKS[change]} ${breadcrumb(section)}${suffix}  #${section.id}`);
    }
  }
  if (!diff.sections.some((section) => section.change !== 'unchanged')) {
    lines.push('', 'No section changed.');
  }
  return `${lines.join('\n')}\n`;
}
