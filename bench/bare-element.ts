// The baseline: the smallest useful Lit element, bundled and loaded the same way as the widgets.
import {LitElement, html} from 'lit';

class BareElement extends LitElement {
  override render() {
    return html`<p class="card">Hallo</p>`;
  }
}
customElements.define('bare-element', BareElement);
