// The floor of the one-file design: Lit, the shared core, the translations, the default profile and the
// contact card, and no other widget. `npm run bench` builds it with the real build's settings and
// plugins, so the gap between its first render and the whole file's is what the other widgets and the
// map library cost a card page.
import '../src/widgets/contact-card/contact-card.js';
