/**
 * `@customElement` that tolerates a tag already taken (a second copy of the library, hot reload in
 * Storybook): the first definition wins and nothing throws into the host page.
 */
export function defineOnce(tagName: string) {
  return (elementClass: CustomElementConstructor): void => {
    if (!customElements.get(tagName)) customElements.define(tagName, elementClass);
  };
}
