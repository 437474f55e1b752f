/** Escapes text content for XML (the five predefined entities cover everything a name can hold). */
export function xmlText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export type XmlNode = readonly [name: string, content: string | readonly XmlNode[]] | null;

/** Renders nested elements with two-space indentation; null nodes (absent optional elements) are skipped. */
export function renderXml(node: XmlNode, indent = ''): string {
  if (node === null) return '';
  const [name, content] = node;
  if (typeof content === 'string') return `${indent}<${name}>${xmlText(content)}</${name}>\n`;
  const children = content.map((child) => renderXml(child, `${indent}  `)).join('');
  return `${indent}<${name}>\n${children}${indent}</${name}>\n`;
}
