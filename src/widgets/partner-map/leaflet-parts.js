// Only the parts of Leaflet 1.9.4 the maps use, imported from its ES sources (leaflet/src), so the
// bundler leaves out what we never call: controls, markers, popups, vectors, GeoJSON, overlays,
// tooltips, box and wheel zoom. Measured gzip, minified: the whole ESM build 42.9 KB, these parts
// 22.2 KB; the one file has a 120 KB budget for five widgets in sixteen languages.
//
// Plain JavaScript with a declaration file beside it (leaflet-parts.d.ts): Leaflet's sources have
// no types; the declarations borrow @types/leaflet's for the names exported here.
//
// The map handlers register themselves on evaluation (Map.addInitHook), as leaflet/src/map/index.js
// does; the assignments below only mirror that file, where Leaflet's own code reads them.
import {Map, createMap} from 'leaflet/src/map/Map';
import {Drag} from 'leaflet/src/map/handler/Map.Drag';
import {DoubleClickZoom} from 'leaflet/src/map/handler/Map.DoubleClickZoom';
import {Keyboard} from 'leaflet/src/map/handler/Map.Keyboard';
import {TouchZoom} from 'leaflet/src/map/handler/Map.TouchZoom';

Map.Drag = Drag;
Map.DoubleClickZoom = DoubleClickZoom;
Map.Keyboard = Keyboard;
Map.TouchZoom = TouchZoom;

export {createMap as map};
export {tileLayer} from 'leaflet/src/layer/tile/TileLayer';
export {toLatLngBounds as latLngBounds} from 'leaflet/src/geo/LatLngBounds';
export * as DomUtil from 'leaflet/src/dom/DomUtil';
export * as DomEvent from 'leaflet/src/dom/DomEvent';
