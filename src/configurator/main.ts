// Entry of the configurator page (src/configurator/index.html); vite.configurator.config.ts builds it.
import './configurator.js';
