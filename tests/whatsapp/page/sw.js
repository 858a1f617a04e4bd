// A service worker left over from a browser WhatsApp refused: it answers every load of the page with the
// "update your browser" page, as a stale cache does for people whose browser has long been updated. Only
// unregistering it (or a load that bypasses it) brings the real page back.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
    if (event.request.mode !== 'navigate')
        return;
    event.respondWith(new Response(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>WhatsApp</title></head>'
            + '<body class="web page-version"><div id="app"><h1>WhatsApp works with Google Chrome 85+</h1>'
            + '<p>To use WhatsApp, update Chrome or use Mozilla Firefox, Safari, Microsoft Edge or Opera.</p></div></body></html>',
        { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
});
