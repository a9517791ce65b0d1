import XMLBuilder from 'fast-xml-builder';

/**
 * The XML writer every export format shares: fast-xml-builder escapes
 * `& < > " '` in text and attribute values; attribute names carry `@_`.
 * Boolean-looking attributes stay `name="true"` (the builder would drop the
 * value otherwise, which is HTML, not XML). Text reaching it has been
 * through xmlSafe, which removes what XML cannot hold even escaped.
 */
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
  processEntities: true,
});

/** An XML document: the declaration, then `root` built from its object form. */
export function xmlDocument(root: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(root) as string}`;
}
