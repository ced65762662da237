import {html, render} from 'lit';

/**
 * `@customElement` that tolerates a tag already taken (a second copy of the library, hot reload in
 * Storybook): the first definition wins and nothing throws into the host page.
 */
export function defineOnce(tagName: string) {
  return (elementClass: CustomElementConstructor): void => {
    if (!customElements.get(tagName) && templatesAllowed()) customElements.define(tagName, elementClass);
  };
}

let allowed: boolean | undefined;

/**
 * Whether Lit may write a template into this page. A page that enforces Trusted Types and allows other
 * policy names than ours blocks every template: defined widgets would stay empty and hide the page's
 * fallback content, throwing on each update. Left undefined, they show that fallback, and the
 * webmaster reads once what to allow.
 */
function templatesAllowed(): boolean {
  if (allowed === undefined) {
    try {
      render(html`<b></b>`, document.createElement('div'));
      allowed = true;
    } catch {
      allowed = false;
      console.error(
        '[willkommen] This page enforces Trusted Types without allowing the policy "willkommen": the widgets stay off and the page shows their fallback content. Add willkommen to the trusted-types directive of its Content-Security-Policy.',
      );
    }
  }
  return allowed;
}
