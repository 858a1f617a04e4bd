// FrontDesk's WhatsApp Web driver. Injected by QWebEngineScript into an isolated world (the page cannot see
// or change it; DOM events still reach the page). Every landmark comes from the selector pack, which C++
// hands over as JSON through configure(). Calls from C++ are either synchronous (state, ticks, selfTest)
// or start a job whose result C++ polls with take(id): runJavaScript cannot wait for a promise.
(function () {
    'use strict';
    if (window.__fdDriver)
        return;

    let pack = null;
    const jobs = new Map();
    // Random start: ids of a reloaded page never match a job of the page before.
    let nextJobId = 1 + Math.floor(Math.random() * 1e9);
    // The chat we opened last in this page load: opening it again may leave the same #main in place.
    let lastOpened = { phone: '', main: null };

    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

    function entryCss(entry) { return typeof entry === 'string' ? entry : entry.css; }

    function firstMatch(entry, root) {
        let list;
        try { list = root.querySelectorAll(entryCss(entry)); } catch (e) { return null; }
        const text = typeof entry === 'string' ? null : entry.text;
        for (const el of list) {
            if (!text || (el.textContent || '').includes(text))
                return el;
        }
        return null;
    }

    // The first element matching any alternative of a landmark, with the alternative that matched.
    function locate(name, root) {
        const entries = (pack && pack.landmarks[name]) || [];
        for (const entry of entries) {
            const el = firstMatch(entry, root || document);
            if (el)
                return { el: el, entry: entry };
        }
        return null;
    }
    function find(name, root) { const hit = locate(name, root); return hit ? hit.el : null; }

    // All elements of the first alternative that matches anything (alternatives are whole page versions).
    function findAll(name, root) {
        for (const entry of (pack.landmarks[name] || [])) {
            let list;
            try { list = (root || document).querySelectorAll(entryCss(entry)); } catch (e) { continue; }
            if (list.length)
                return Array.from(list);
        }
        return [];
    }

    function formatMarker(el) {
        for (const f of (pack.formatting || [])) {
            try { if (el.matches(f.css)) return f.marker; } catch (e) { /* a bad selector in an override */ }
        }
        return '';
    }

    const blockTags = new Set(['P', 'DIV']);
    // The text as the user typed it: emoji images give back their alt text, formatting gives back its
    // markers, line breaks and paragraphs give back newlines.
    function rebuild(node) {
        let out = '';
        let blocks = 0;
        for (const child of node.childNodes) {
            if (child.nodeType === Node.TEXT_NODE) {
                out += child.nodeValue;
                continue;
            }
            if (child.nodeType !== Node.ELEMENT_NODE)
                continue;
            const tag = child.tagName;
            if (tag === 'IMG') {
                out += child.getAttribute('alt') || child.getAttribute('data-plain-text') || '';
                continue;
            }
            if (tag === 'BR') {
                // The <br> that keeps an empty paragraph open is not a line of its own.
                if (!(blockTags.has(node.tagName) && node.childNodes.length === 1))
                    out += '\n';
                continue;
            }
            let inner = rebuild(child);
            const marker = formatMarker(child);
            if (marker)
                inner = marker + inner + marker;
            if (blockTags.has(tag)) {
                if (blocks > 0 || out.length > 0)
                    out += '\n';
                ++blocks;
            }
            out += inner;
        }
        return out;
    }

    // WhatsApp drops leading and trailing white space and never keeps carriage returns.
    function normalize(text) { return String(text).replace(/\r\n?/g, '\n').trim(); }

    function tickLevel(bubble) {
        const icon = find('tick', bubble);
        if (!icon)
            return -1;
        const name = icon.getAttribute('data-icon') || '';
        return Object.prototype.hasOwnProperty.call(pack.ticks, name) ? pack.ticks[name] : -1;
    }

    function bubbleText(bubble) {
        const textEl = find('messageText', bubble);
        return textEl ? rebuild(textEl) : null;
    }

    function bubbleId(bubble) {
        const holder = bubble.closest('[data-id]') || bubble.querySelector('[data-id]');
        return holder ? holder.getAttribute('data-id') : '';
    }

    // "[10:32, 25/11/2026] You: " (day/month/year, as WhatsApp writes it for Indian accounts). 0: unknown.
    function bubbleTime(bubble) {
        const meta = find('messageMeta', bubble);
        const raw = meta ? meta.getAttribute('data-pre-plain-text') || '' : '';
        const m = /\[(\d{1,2}):(\d{2})(?:\s*([ap]m))?,\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\]/i.exec(raw);
        if (!m)
            return 0;
        let hour = Number(m[1]);
        if (m[3]) hour = (hour % 12) + (m[3].toLowerCase() === 'pm' ? 12 : 0);
        const when = new Date(Number(m[6]), Number(m[5]) - 1, Number(m[4]), hour, Number(m[2]));
        return isNaN(when.getTime()) ? 0 : when.getTime();
    }

    // The popup's words without its buttons' labels.
    function popupMessage(popup) {
        const copy = popup.cloneNode(true);
        for (const button of copy.querySelectorAll('button, [role="button"]'))
            button.remove();
        return (copy.textContent || '').replace(/\s+/g, ' ').trim();
    }

    function invalidNumberPopup() {
        for (const entry of (pack.landmarks.popup || [])) {
            let list;
            try { list = document.querySelectorAll(entryCss(entry)); } catch (e) { continue; }
            for (const popup of list) {
                const text = popup.textContent || '';
                for (const phrase of (pack.texts.invalidNumber || [])) {
                    if (text.includes(phrase))
                        return { popup: popup, text: popupMessage(popup) };
                }
            }
        }
        return null;
    }

    function dismiss(popup) {
        const button = find('popupButton', popup);
        if (button)
            button.click();
        return !!button;
    }

    function currentState() {
        if (!pack)
            return { state: 'loading', detail: 'the selector pack is not loaded' };
        if (!document.body)
            return { state: 'loading' };
        if (find('unsupported'))
            return { state: 'unsupported' };
        if (find('conflict'))
            return { state: 'conflict' };
        if (find('qr')) {
            const token = find('qrToken');
            return { state: 'qr', qr: token ? token.getAttribute('data-ref') || '' : '' };
        }
        if (find('chatList')) {
            if (!navigator.onLine || find('offline'))
                return { state: 'offline' };
            return { state: 'ready' };
        }
        if (find('syncing'))
            return { state: 'syncing' };
        return { state: 'loading' };
    }

    async function waitFor(check, timeoutMs, stepMs) {
        const end = Date.now() + timeoutMs;
        for (;;) {
            const value = check();
            if (value)
                return value;
            if (Date.now() >= end)
                return null;
            await sleep(stepMs || 10);
        }
    }

    // Opens the customer's chat the way WhatsApp's own links do: a link to api.whatsapp.com clicked
    // inside the page, which the page intercepts without reloading. click=false waits for a chat the
    // /send URL is opening.
    // The open chat's title: some WhatsApp versions keep #main and only swap its content.
    function chatTitle(main) {
        const header = main ? find('chatHeader', main) || main.querySelector('header') : null;
        return header ? header.textContent : '';
    }

    async function openChat(phone, click, timeoutMs) {
        const oldMain = find('chat');
        const oldTitle = chatTitle(oldMain);
        const started = Date.now();
        if (click) {
            if (oldMain && lastOpened.main === oldMain && lastOpened.phone === phone && document.contains(oldMain))
                return { outcome: 'open', main: oldMain };
            const link = document.createElement('a');
            link.href = 'https://api.whatsapp.com/send?phone=' + encodeURIComponent(phone);
            link.style.display = 'none';
            document.body.appendChild(link);
            link.click();
            link.remove();
        }
        const opened = await waitFor(() => {
            const invalid = invalidNumberPopup();
            if (invalid)
                return { outcome: 'invalid', invalid: invalid };
            const main = find('chat');
            if (!main || !find('composeBox', main))
                return null;
            if (!click || main !== oldMain || chatTitle(main) !== oldTitle)
                return { outcome: 'open', main: main };
            // The same chat again, re-rendered in place: nothing will change, and it is the right one.
            if (lastOpened.phone === phone && Date.now() - started > 1500)
                return { outcome: 'open', main: main };
            return null;
        }, timeoutMs);
        if (!opened)
            return { outcome: 'noChat' };
        if (opened.outcome === 'invalid') {
            dismiss(opened.invalid.popup);
            return { outcome: 'invalid', reason: opened.invalid.text };
        }
        lastOpened = { phone: phone, main: opened.main };
        return opened;
    }

    function selectContents(box) {
        const range = document.createRange();
        range.selectNodeContents(box);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
    }

    function clearBox(box) {
        box.focus();
        selectContents(box);
        document.execCommand('delete', false);
    }

    // Puts the text in as one paste, so line breaks stay inside one message (Enter would send early).
    async function insertText(box, text) {
        clearBox(box);
        const data = new DataTransfer();
        data.setData('text/plain', text);
        box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        if (await waitFor(() => normalize(rebuild(box)) === text, 1500))
            return true;
        // A page that ignores synthetic pastes still takes editing commands.
        clearBox(box);
        document.execCommand('insertText', false, text);
        return !!(await waitFor(() => normalize(rebuild(box)) === text, 1500));
    }

    function ourNewBubble(before, text) {
        const fresh = findAll('outgoingMessage', document).filter((b) => !before.has(b));
        let best = null;
        for (const bubble of fresh) {
            const shown = bubbleText(bubble);
            if (shown !== null && normalize(shown) === text) {
                const level = tickLevel(bubble);
                if (!best || level > best.level)
                    best = { bubble: bubble, level: level };
            }
        }
        return { fresh: fresh.length, best: best };
    }

    async function sendJob(args, job) {
        const text = normalize(args.text);
        if (!text)
            return { outcome: 'failed', stage: 'compose', reason: 'the message is empty' };
        if (currentState().state !== 'ready')
            return { outcome: 'notReady', reason: currentState().state };
        const opened = await openChat(args.phone, args.click !== false, args.openTimeoutMs);
        if (opened.outcome !== 'open')
            return opened;
        const box = find('composeBox', opened.main);
        if (!box)
            return { outcome: 'failed', stage: 'compose', landmark: 'composeBox', reason: 'the compose box was not found' };
        if (!(await insertText(box, text))) {
            const shown = rebuild(box);
            clearBox(box);
            return { outcome: 'failed', stage: 'compose', reason: 'the compose box did not take the text', shown: shown };
        }
        const sendIcon = await waitFor(() => find('sendButton', opened.main), 2000);
        if (!sendIcon) {
            clearBox(box);
            return { outcome: 'failed', stage: 'send', landmark: 'sendButton', reason: 'the send button was not found' };
        }
        // C++ decides whether to press, and knows from then on that the message may have left, even if
        // this page never answers again (it hangs or its render process dies).
        if (!(await job.mayPress())) {
            clearBox(box);
            return { outcome: 'failed', stage: 'send', notPressed: true, reason: 'not pressed: the station withdrew the message' };
        }
        const before = new Set(findAll('outgoingMessage', document));
        (sendIcon.closest('button') || sendIcon).click();
        let last = { fresh: 0, best: null };
        const confirmed = await waitFor(() => {
            last = ourNewBubble(before, text);
            return last.best && last.best.level >= 1 ? last.best : null;
        }, args.confirmTimeoutMs, 15);
        if (confirmed)
            return { outcome: 'sent', id: bubbleId(confirmed.bubble), level: confirmed.level };
        const draft = normalize(rebuild(box));
        if (last.best)
            return { outcome: 'failed', stage: 'confirm', id: bubbleId(last.best.bubble),
                     reason: 'the message stayed at the clock tick (not sent to WhatsApp\'s server)' };
        if (draft === text) {
            clearBox(box);
            return { outcome: 'failed', stage: 'confirm', reason: 'typed but not sent: the text is still in the compose box' };
        }
        return { outcome: 'failed', stage: 'confirm', reason: 'no outgoing message with our text appeared' };
    }

    async function findSentJob(args) {
        const text = normalize(args.text);
        if (currentState().state !== 'ready')
            return { outcome: 'notReady', reason: currentState().state };
        const opened = await openChat(args.phone, true, args.openTimeoutMs);
        if (opened.outcome === 'invalid')
            return { outcome: 'checked', found: false };
        if (opened.outcome !== 'open')
            return opened;
        // Let the page render the chat's recent history.
        await sleep(args.settleMs || 0);
        const found = findAll('outgoingMessage', opened.main).some((bubble) => {
            const shown = bubbleText(bubble);
            if (shown === null || normalize(shown) !== text)
                return false;
            const at = bubbleTime(bubble);
            // Bubbles show minutes only: a message from the claim's minute counts.
            return at === 0 || at >= args.sinceMs - 60000;
        });
        return { outcome: 'checked', found: found };
    }

    // A job's `mayPress()` reports 'armed' to take() and waits for C++'s press(id, go) (false after
    // args.armTimeoutMs: nothing is pressed without C++ knowing it).
    function start(name, fn, args) {
        const id = nextJobId++;
        const job = { result: null, armed: false, go: undefined };
        job.mayPress = async () => {
            job.armed = true;
            const go = await waitFor(() => job.go !== undefined, args.armTimeoutMs || 10000);
            job.armed = false;
            return go !== null && job.go === true;
        };
        jobs.set(id, job);
        fn(args, job).then((result) => { job.result = result; }, (error) => { job.result = {
            outcome: 'failed', stage: name, reason: 'driver error: ' + (error && error.message ? error.message : String(error))
        }; });
        return id;
    }

    window.__fdDriver = {
        configure(selectorPack) { pack = selectorPack; return true; },
        ready() { return pack !== null; },
        state: currentState,
        // Job ids: poll take(id) until it returns an object instead of 'pending' (or 'armed': waiting for
        // press(id, go)).
        send(args) { return start('send', sendJob, args); },
        findSent(args) { return start('findSent', findSentJob, args); },
        take(id) {
            const job = jobs.get(id);
            if (job === undefined)
                return { outcome: 'failed', stage: 'take', reason: 'the page was reloaded during the step' };
            if (job.result === null)
                return job.armed ? 'armed' : 'pending';
            jobs.delete(id);
            return job.result;
        },
        press(id, go) {
            const job = jobs.get(id);
            if (!job || (go === true && !job.armed))
                return false;
            job.go = go === true; // a refusal holds whenever it comes
            return true;
        },
        // Levels of messages we sent, for the ones still on screen.
        ticks(ids) {
            const wanted = new Set(ids);
            const levels = {};
            for (const bubble of findAll('outgoingMessage', document)) {
                const id = bubbleId(bubble);
                if (wanted.has(id))
                    levels[id] = tickLevel(bubble);
            }
            return levels;
        },
        useHere() {
            const button = find('useHereButton');
            if (button)
                button.click();
            return !!button;
        },
        dismissPopups() {
            const hit = invalidNumberPopup();
            return hit ? dismiss(hit.popup) : false;
        },
        selfTest() {
            const report = [];
            for (const name of Object.keys(pack.landmarks)) {
                const hit = locate(name);
                report.push({ name: name, found: !!hit, matched: hit ? JSON.stringify(hit.entry) : '' });
            }
            return { state: currentState().state, landmarks: report };
        },
        // For tests of the driver itself.
        rebuildText(selector) { const el = document.querySelector(selector); return el ? rebuild(el) : null; },
    };
})();
