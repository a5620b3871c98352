import type { PolicyDocument, Section } from '../document/policy-types';

/**
 * What makes two documents translations of one policy version "in step":
 * the same `id` and `version`, different locales, the same section ids in the
 * same order and nesting, and the same rights in the same order. Legal teams
 * keep the Indonesian and English texts aligned with it; it says nothing
 * about the wording, which is the translator's job.
 *
 * Returns every mismatch as a sentence; an empty list means parity.
 *
 * @example
 * checkParity(cttId, cttEn); // []
 * checkParity(cttId, cttEnPrevious); // ['version differs: "2024-06-12" vs "2023-09-01"', …]
 */
export function checkParity(a: PolicyDocument, b: PolicyDocument): string[] {
  const mismatches: string[] = [];
  if (a.id !== b.id) mismatches.push(`id differs: "${a.id}" vs "${b.id}"`);
  if (a.version !== b.version) {
    mismatches.push(`version differs: "${a.version}" vs "${b.version}"`);
  }
  if (a.locale.toLowerCase() === b.locale.toLowerCase()) {
    mismatches.push(`both are in locale ${a.locale}: translations differ in locale`);
  }

  const outlineA = outline(a.sections);
  const outlineB = outline(b.sections);
  const placeB = new Map(outlineB.map((entry) => [entry.id, entry]));
  const placeA = new Map(outlineA.map((entry) => [entry.id, entry]));
  for (const entry of outlineA) {
    const other = placeB.get(entry.id);
    if (!other) {
      mismatches.push(`section ${entry.id} ("${entry.title}") is only in the first document`);
    } else if (other.parent !== entry.parent) {
      mismatches.push(
        `section ${entry.id} is under ${entry.parent ?? 'the top level'} in the first document but under ${other.parent ?? 'the top level'} in the second`,
      );
    }
  }
  for (const entry of outlineB) {
    if (!placeA.has(entry.id)) {
      mismatches.push(`section ${entry.id} ("${entry.title}") is only in the second document`);
    }
  }
  const shared = (list: OutlineEntry[], other: Map<string, OutlineEntry>) =>
    list.filter((entry) => other.has(entry.id)).map((entry) => entry.id);
  const orderA = shared(outlineA, placeB);
  const orderB = shared(outlineB, placeA);
  const firstDifference = orderA.findIndex((id, index) => orderB[index] !== id);
  if (firstDifference !== -1) {
    mismatches.push(
      `sections are in a different order: ${orderA[firstDifference]} comes where the second document has ${orderB[firstDifference]}`,
    );
  }

  const rightsA = (a.rights ?? []).map((right) => right.id);
  const rightsB = (b.rights ?? []).map((right) => right.id);
  for (const id of rightsA) {
    if (!rightsB.includes(id)) mismatches.push(`right ${id} is only in the first document`);
  }
  for (const id of rightsB) {
    if (!rightsA.includes(id)) mismatches.push(`right ${id} is only in the second document`);
  }
  const sharedRightsA = rightsA.filter((id) => rightsB.includes(id));
  const sharedRightsB = rightsB.filter((id) => rightsA.includes(id));
  if (sharedRightsA.join() !== sharedRightsB.join()) {
    mismatches.push(
      `rights are in a different order: [${sharedRightsA.join(', ')}] vs [${sharedRightsB.join(', ')}]`,
    );
  }
  return mismatches;
}

interface OutlineEntry {
  id: string;
  title: string;
  parent: string | undefined;
}

function outline(sections: readonly Section[], parent?: string): OutlineEntry[] {
  return sections.flatMap((section) => [
    { id: section.id, title: section.title, parent },
    ...outline(section.sections ?? [], section.id),
  ]);
}
