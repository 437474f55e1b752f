import type { Plugin } from 'vite';

// govuk-frontend's service navigation keeps an Internet Explorer 9-11 hack, `@media screen and (min-width: 0\0)`,
// which the CSS minifier rejects as invalid. Those browsers cannot run this app, so the block is dropped from
// the compiled styles before minifying (a normal-order plugin sees the CSS after Sass, before minification).
// Sass merges it into the enclosing query (`... and (min-width: 0\0)`) around a rule block.
const INTERNET_EXPLORER_MEDIA_HACK =
  /@media[^{}]*\(min-width:\s*0(?:\\0|\u0000|\ufffd)\)\s*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g;

export function dropInternetExplorerCssHacks(): Plugin {
  return {
    name: 'drop-internet-explorer-css-hacks',
    transform(code, id) {
      if (!/\.s?css($|\?)/.test(id)) return null;
      return { code: code.replace(INTERNET_EXPLORER_MEDIA_HACK, ''), map: null };
    },
  };
}
