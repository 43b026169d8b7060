/**
 * Where the LMS preview's cmi5 relay listens: every request its service worker
 * (`public/preview-lrs.js`) hands to the preview page is under this path, then the channel. Shared
 * by the preview and the package runtime, which runs the cmi5 client only for an LMS here.
 */
export const RELAY_PATH = '/preview-lrs/';
