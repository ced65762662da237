/**
 * The Leaflet part of the partner map. The element imports this module with a dynamic `import()`:
 * the build keeps it inside the one file but evaluates it (and Leaflet) only when a visitor asks for
 * the map, so a page that never shows a map never runs Leaflet.
 *
 * Leaflet 1.9 writes HTML strings in its controls, popup close button and string icons, which strict
 * Trusted Types blocks. So: no Leaflet controls (the element draws zoom buttons and attribution), popup
 * content is an Element, markers are our own buttons (no DivIcon strings, no Leaflet marker per
 * partner), and the popup has no close button of Leaflet's own. Leaflet's ES sources (only the parts
 * in leaflet-parts.js) never touch `window.L`, so a host page's own Leaflet stays as it was. Clustering
 * is the small greedy one in partner-map-model.ts (markercluster's UMD build needs a global `L`).
 */
import type * as LeafletTypes from 'leaflet';
import * as L from './leaflet-parts.js';
import {render} from 'lit';
import {categoryIcon} from './category-icons.js';
import {CLUSTER_RADIUS, CLUSTER_THRESHOLD, MARKER_SPACING, clusterPoints} from './partner-map-model.js';

export interface MapPartner {
  id: string;
  lat: number;
  lon: number;
  category: string;
  /** Accessible name of the marker: the partner's name and category. */
  label: string;
}

export interface MapViewOptions {
  container: HTMLElement;
  /** Tile URL template (`map.tiles`). */
  tiles: string;
  center: {lat: number; lon: number};
  zoom: number;
  reducedMotion: boolean;
  /** Accessible name of a group of `count` partners. */
  clusterLabel: (count: number) => string;
  /** The count as the visitor's language writes it: the name says "۲", so must the button (axe label-content-name-mismatch). */
  formatCount: (count: number) => string;
  /** The popup's content for a partner; the view adds focus handling. */
  popupContent: (id: string, close: () => void) => HTMLElement;
  /** A marker was activated (click, Enter, Space). */
  onSelect: (id: string) => void;
}

/**
 * A Leaflet map with tiles and none of Leaflet's own controls (they write HTML strings, which strict
 * Trusted Types refuse: the caller draws its own), following its container's size. The partner map and
 * the configurator's coordinate picker both start from it.
 */
export function createTileMap(options: {
  container: HTMLElement;
  tiles: string;
  center: {lat: number; lon: number};
  zoom: number;
  reducedMotion: boolean;
  /** Leaflet's own arrow-key panning and +/- zoom; off where the caller handles keys itself. */
  keyboard: boolean;
}): {map: LeafletTypes.Map; resizeObserver: ResizeObserver} {
  const animate = !options.reducedMotion;
  const map = L.map(options.container, {
    zoomControl: false,
    attributionControl: false,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
    inertia: animate,
    // A page scrolls with the wheel; the map zooms only with its buttons, keys or a pinch.
    scrollWheelZoom: false,
    keyboard: options.keyboard,
    // No listener on window: a ResizeObserver on the container follows the widget's own size.
    trackResize: false,
  }).setView([options.center.lat, options.center.lon], options.zoom);
  L.tileLayer(options.tiles, {
    maxZoom: 19,
    // The tile server learns the visitor's IP address and the area viewed, not the page they are on.
    referrerPolicy: 'no-referrer',
  } as LeafletTypes.TileLayerOptions).addTo(map);
  // Leaflet's arrow keys call panBy(offset) without options, which glides even when the options above
  // turn every other animation off.
  if (!animate) {
    const panBy = map.panBy.bind(map);
    map.panBy = (offset, panOptions) => panBy(offset, {...panOptions, animate: false});
  }
  const resizeObserver = new ResizeObserver(() => map.invalidateSize({animate: false}));
  resizeObserver.observe(options.container);
  return {map, resizeObserver};
}

/** Highest zoom the view goes to for one partner. */
const DETAIL_ZOOM = 17;

export class PartnerMapView {
  private readonly map: LeafletTypes.Map;
  /** The one element that holds every marker and group button. */
  private readonly markers: HTMLElement;
  /** The partners behind each button, by the button's data-index. */
  private groups: MapPartner[][] = [];
  /** The container's font size in px: marker spacing follows the text size. */
  private readonly em: number;
  private readonly options: MapViewOptions;
  private partners: MapPartner[] = [];
  /** The button on the map that stands for each partner (its own marker or its group's). */
  private readonly buttons = new Map<string, HTMLButtonElement>();
  /**
   * The open popup: our own element in Leaflet's popup pane, with Leaflet's class names and CSS.
   * Leaflet's Popup class would add 2.8 KB gzip (with the layer classes it pulls in) for one box.
   */
  private popup?: HTMLElement;
  private popupAt?: MapPartner;
  private readonly icons = new Map<string, Element>();
  /** Where focus goes back to when the popup closes. */
  private popupOrigin?: string;

  constructor(options: MapViewOptions) {
    this.options = options;
    this.map = createTileMap({...options, keyboard: true}).map;
    this.em = parseFloat(getComputedStyle(options.container).fontSize) || 16;
    // Hidden while Leaflet animates a zoom (leaflet-zoom-hide), redrawn for the new zoom after it.
    this.markers = L.DomUtil.create('div', 'partner-markers leaflet-zoom-hide', this.map.getPane('markerPane'));
    // Clicks and presses on a marker are the marker's, not a drag or double-click zoom of the map.
    L.DomEvent.disableClickPropagation(this.markers);
    this.markers.addEventListener('click', (event) => this.onMarkerClick(event));
    // A marker that Tab reaches outside the visible map comes into view: its focus ring was clipped.
    this.markers.addEventListener('focusin', (event) => {
      const first = this.groups[Number((event.target as HTMLElement).dataset.index)]?.[0];
      if (first) this.map.panInside([first.lat, first.lon], {padding: [this.em * 2, this.em * 2], animate: !this.options.reducedMotion});
    });
    this.map.on('zoomend viewreset', () => {
      this.draw();
      this.placePopup();
    });
    // A click on the map itself closes the popup, as Leaflet's own would.
    this.map.on('click', () => this.closePopup(false));
  }

  setPartners(partners: MapPartner[]): void {
    this.partners = partners;
    this.draw();
  }

  zoomBy(delta: number): void {
    this.map.setZoom(this.map.getZoom() + delta, {animate: !this.options.reducedMotion});
  }

  /** Shows the partner: zooms in far enough to tell it apart, opens its popup, focuses it. */
  select(id: string): void {
    const partner = this.partners.find((candidate) => candidate.id === id);
    if (!partner) return;
    const zoom = Math.max(this.map.getZoom(), this.zoomToSeparate(partner));
    this.map.setView([partner.lat, partner.lon], zoom, {animate: false});
    this.draw();
    this.openPopup(partner);
  }

  /** A zoom at which the partner is not grouped with others (or the detail zoom). */
  private zoomToSeparate(partner: MapPartner): number {
    for (let zoom = this.map.getZoom(); zoom < DETAIL_ZOOM; zoom++) {
      if (this.clusters(zoom).some((cluster) => cluster.ids.length === 1 && cluster.ids[0] === partner.id)) return zoom;
    }
    return DETAIL_ZOOM;
  }

  private clusters(zoom: number) {
    // Groups far enough apart that two buttons never overlap, whatever the text size.
    const spacing = Math.max(MARKER_SPACING, this.em * 2.5);
    const radius = this.partners.length > CLUSTER_THRESHOLD ? Math.max(CLUSTER_RADIUS, spacing) : spacing;
    const points = this.partners.map((partner) => {
      const point = this.map.project([partner.lat, partner.lon], zoom);
      return {id: partner.id, x: point.x, y: point.y};
    });
    return clusterPoints(points, radius);
  }

  /**
   * Rebuilds the markers for the current zoom (a pan moves them with the map pane; the groups do not
   * depend on it). All buttons live in ONE element in Leaflet's marker pane, placed with Leaflet's
   * projection: 100 Leaflet markers would cost a layer, an icon and event wiring each.
   */
  private draw(): void {
    const zoom = this.map.getZoom();
    const byId = new Map(this.partners.map((partner) => [partner.id, partner]));
    const clusters = this.clusters(zoom);
    // Tab order follows reading order on the map: top to bottom, then by the inline direction.
    clusters.sort((a, b) => a.y - b.y || a.x - b.x);
    this.buttons.clear();
    this.groups = [];
    // Layer points are relative to the map pane's origin, which a pan moves but a redraw resets.
    const origin = this.map.getPixelOrigin();
    const fragment = document.createDocumentFragment();
    clusters.forEach((cluster, index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.index = String(index);
      button.style.left = `${cluster.x - origin.x}px`;
      button.style.top = `${cluster.y - origin.y}px`;
      const members = cluster.ids.map((id) => byId.get(id)!);
      this.groups.push(members);
      if (members.length === 1) {
        button.className = 'marker';
        button.dataset.id = members[0].id;
        button.setAttribute('aria-label', members[0].label);
        button.append(this.icon(members[0].category));
      } else {
        button.className = 'cluster';
        button.setAttribute('aria-label', this.options.clusterLabel(members.length));
        const count = document.createElement('span');
        count.setAttribute('aria-hidden', 'true');
        count.textContent = this.options.formatCount(members.length);
        button.append(count);
      }
      for (const id of cluster.ids) this.buttons.set(id, button);
      fragment.append(button);
    });
    this.markers.replaceChildren(fragment);
  }

  /** One listener for every marker and group button. */
  private onMarkerClick(event: Event): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-index]');
    const members = button && this.groups[Number(button.dataset.index)];
    if (!members) return;
    if (members.length > 1) return this.zoomInto(members);
    this.openPopup(members[0]);
    this.options.onSelect(members[0].id);
  }

  /** A category's icon, rendered by Lit once per category and then cloned (100 markers, one render each). */
  private icon(category: string): Node {
    let icon = this.icons.get(category);
    if (!icon) {
      const holder = document.createElement('span');
      render(categoryIcon(category), holder);
      icon = holder.querySelector('svg')!;
      this.icons.set(category, icon);
    }
    return icon.cloneNode(true);
  }

  private zoomInto(members: MapPartner[]): void {
    const bounds = L.latLngBounds(members.map((partner) => [partner.lat, partner.lon] as [number, number]));
    const animate = !this.options.reducedMotion;
    const target = Math.min(this.map.getBoundsZoom(bounds.pad(0.2)), DETAIL_ZOOM);
    const zoom = target > this.map.getZoom() ? target : this.map.getZoom() + 1;
    this.map.once('zoomend', () => {
      // Keyboard users stay on the map: focus the first marker of what was the group.
      const first = members.map((partner) => this.buttons.get(partner.id)).find(Boolean);
      first?.focus();
    });
    this.map.setView(bounds.getCenter(), zoom, {animate});
  }

  private openPopup(partner: MapPartner): void {
    this.popupOrigin = partner.id;
    const content = this.options.popupContent(partner.id, () => this.closePopup());
    content.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.closePopup();
      }
      // Keys inside the popup are the popup's: arrows and +/- must not pan or zoom the map behind it.
      event.stopPropagation();
    });
    this.popup?.remove();
    const popup = L.DomUtil.create('div', 'leaflet-popup leaflet-zoom-hide partner-popup', this.map.getPane('popupPane'));
    const wrapper = L.DomUtil.create('div', 'leaflet-popup-content-wrapper', popup);
    const body = L.DomUtil.create('div', 'leaflet-popup-content', wrapper);
    // No taller than the map leaves above a marker (its edges' 16 px, the tip and the marker): at 200 %
    // text on a phone a popup ran 600 px past the map's bottom, its buttons out of reach. It scrolls.
    body.style.maxHeight = `${Math.max(this.em * 6, this.map.getSize().y - 32 - 40 - this.em * 2)}px`;
    body.append(content);
    L.DomUtil.create('div', 'leaflet-popup-tip', L.DomUtil.create('div', 'leaflet-popup-tip-container', popup));
    // A click inside the popup is the popup's, not a click on the map (which closes it).
    L.DomEvent.disableClickPropagation(popup);
    this.popup = popup;
    this.popupAt = partner;
    this.placePopup();
    this.panToPopup();
    content.querySelector<HTMLElement>('[data-autofocus]')?.focus({preventScroll: true});
  }

  /**
   * The popup's place: centred above its partner, its tip on the point, as Leaflet places its own
   * (bottom edge relative to the pane, which has no height). Redone after every zoom; a pan moves
   * the pane and the popup with it.
   */
  private placePopup(): void {
    if (!this.popup || !this.popupAt) return;
    const point = this.map.latLngToLayerPoint([this.popupAt.lat, this.popupAt.lon]);
    this.popup.style.left = `${point.x}px`;
    // Above the marker button (2em round), not over it.
    this.popup.style.bottom = `${Math.round(this.em) - point.y}px`;
  }

  /** Moves the map so that the whole popup shows, 16 px from the edges (as Leaflet's autoPan). */
  private panToPopup(): void {
    const popup = this.popup!.getBoundingClientRect();
    const map = this.map.getContainer().getBoundingClientRect();
    const gap = 16;
    const dx = Math.min(0, popup.left - map.left - gap) || Math.max(0, popup.right - map.right + gap);
    const dy = Math.min(0, popup.top - map.top - gap) || Math.max(0, popup.bottom - map.bottom + gap);
    if (dx || dy) this.map.panBy([dx, dy], {animate: !this.options.reducedMotion});
  }

  /** Closes the popup; focus goes back to its marker unless the visitor clicked elsewhere on the map. */
  private closePopup(returnFocus = true): void {
    const origin = this.popupOrigin;
    this.popup?.remove();
    this.popup = undefined;
    this.popupAt = undefined;
    this.popupOrigin = undefined;
    if (origin && returnFocus) this.buttons.get(origin)?.focus();
  }
}

export function createPartnerMap(options: MapViewOptions): PartnerMapView {
  return new PartnerMapView(options);
}
