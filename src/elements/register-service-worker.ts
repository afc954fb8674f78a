// Registers the service worker (src/service-worker/sw.ts) that keeps the site for offline reading;
// after the page has loaded, so it never competes with it. Not in `astro dev`, which has no sw.js.
// (The base is joined here, not with base-path.ts, which would become one more shared chunk.)
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const script = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/sw.js`;
  addEventListener('load', () => void navigator.serviceWorker.register(script).catch(() => {}), { once: true });
}
