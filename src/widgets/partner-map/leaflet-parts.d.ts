// Types of leaflet-parts.js: the same functions as the 'leaflet' module's (@types/leaflet).
import type * as Leaflet from 'leaflet';

export const map: typeof Leaflet.map;
export const tileLayer: typeof Leaflet.tileLayer;
export const latLngBounds: typeof Leaflet.latLngBounds;
export const DomUtil: typeof Leaflet.DomUtil;
export const DomEvent: typeof Leaflet.DomEvent;
