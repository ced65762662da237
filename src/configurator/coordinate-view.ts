/**
 * The Leaflet part of "Auf der Karte wählen" in the partner form. configurator.ts imports this module
 * with a dynamic `import()`, only after the webmaster clicked the button that names the tile server:
 * no tile is requested before (the same consent principle as the partner map widget).
 *
 * Trusted-Types-safe as src/widgets/partner-map/map-view.ts: the same parts of Leaflet, leaflet-parts.js (no
 * `window.L`), no Leaflet controls (they write HTML strings), no Leaflet markers; the crosshair is an
 * element of the configurator's own template, fixed in the middle of the map. The keys are our own
 * (Leaflet's keyboard handler is off): arrows move the map under the crosshair, + and - zoom, Enter
 * takes the point under the crosshair. A click or tap takes the clicked point.
 */
import type * as LeafletTypes from 'leaflet';
import {createTileMap} from '../widgets/partner-map/map-view.js';

export interface CoordinateViewOptions {
  container: HTMLElement;
  /** Tile URL template (`map.tiles`). */
  tiles: string;
  center: {lat: number; lon: number};
  zoom: number;
  reducedMotion: boolean;
  /** A point was taken (click, or Enter on the crosshair). */
  onPick: (position: {lat: number; lon: number}) => void;
}

/** How far one arrow key moves the map, in px. */
const STEP = 40;

export class CoordinateView {
  private readonly map: LeafletTypes.Map;
  private readonly resizeObserver: ResizeObserver;

  constructor(private readonly options: CoordinateViewOptions) {
    ({map: this.map, resizeObserver: this.resizeObserver} = createTileMap({...options, keyboard: false}));
    this.map.on('click', (event: LeafletTypes.LeafletMouseEvent) => options.onPick(this.round(event.latlng)));
  }

  /** The point under the crosshair. */
  center(): {lat: number; lon: number} {
    return this.round(this.map.getCenter());
  }

  /** Handles a key on the map; true when it was one of ours. */
  key(key: string): boolean {
    const animate = !this.options.reducedMotion;
    const moves: Record<string, [number, number]> = {ArrowUp: [0, -STEP], ArrowDown: [0, STEP], ArrowLeft: [-STEP, 0], ArrowRight: [STEP, 0]};
    if (moves[key]) {
      this.map.panBy(moves[key], {animate: false});
      return true;
    }
    if (key === '+' || key === '=') this.map.setZoom(this.map.getZoom() + 1, {animate});
    else if (key === '-') this.map.setZoom(this.map.getZoom() - 1, {animate});
    else if (key === 'Enter') this.options.onPick(this.center());
    else return false;
    return true;
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.map.remove();
  }

  /** Six decimals: about 10 cm, more than a front door needs; longitude wrapped into -180…180 (a map panned round the world). */
  private round(latlng: LeafletTypes.LatLng): {lat: number; lon: number} {
    const round = (value: number) => Math.round(value * 1e6) / 1e6;
    return {lat: round(latlng.lat), lon: round(((((latlng.lng + 180) % 360) + 360) % 360) - 180)};
  }
}

export function createCoordinateView(options: CoordinateViewOptions): CoordinateView {
  return new CoordinateView(options);
}
