// FrontDesk's WhatsApp Web driver. Injected by QWebEngineScript into an isolated world (the page cannot see
// or change it; DOM events still reach the page). Every landmark comes from the selector pack, which C++
// hands over as JSON through configure(). Calls from C++ are either synchronous (state, ticks, selfTest)
// or start a job whose result C++ polls with take(id): runJavaScript cannot wait for a promise.
//
// Never twice: a send answers "neverLeft" only when the message provably did not leave (the chat did not
// open, the text never reached the compose box, or the box still holds it after the press); once the send
// was pressed, anything short of our own row reaching a tick is "unconfirmed" (it may have been sent).
// findSent answers "not there" only when it can see our own rows; otherwise "cantTell". An answer that
// found a landmark missing in an open chat carries pageChanged: what is missing. A send that did not end
// "sent" says at which step of the path it stopped (step: open, type, send, recognise, tick), for the canary.
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
    // Own-row recognition proven on this page load: a send confirmed by our own row's tick, or our own rows
    // (with a tick the pack knows) seen in a chat. Only then may an empty chat mean "not there".
    let ownRowsProven = false;

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

    // All elements of the first alternative that matches anything (alternatives are whole page versions),
    // the outermost ones only (a row and an element inside it are one row).
    function findAll(name, root) {
        for (const entry of (pack.landmarks[name] || [])) {
            let list;
            try { list = (root || document).querySelectorAll(entryCss(entry)); } catch (e) { continue; }
            if (list.length) {
                const all = Array.from(list);
                const set = new Set(all);
                return all.filter((el) => {
                    for (let up = el.parentElement; up; up = up.parentElement)
                        if (set.has(up)) return false;
                    return true;
                });
            }
        }
        return [];
    }

    // Every CSS text of the pack that this browser refuses (e.g. :has() before Chromium 105).
    function invalidSelectors() {
        const invalid = [];
        const test = (name, css) => {
            try { document.createDocumentFragment().querySelector(css); } catch (e) {
                invalid.push({ name: name, css: css, error: String(e && e.message ? e.message : e) });
            }
        };
        for (const name of Object.keys(pack.landmarks || {}))
            for (const entry of pack.landmarks[name]) test(name, entryCss(entry));
        for (const f of (pack.formatting || [])) test('formatting', f.css);
        return invalid;
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

    // A row's tick: -1 failed (msg-failed), 0 clock, 1 sent, 2 delivered, 3 read; null when the row shows no
    // tick the pack knows. Today's page tells read from delivered by the icon's label only.
    function tickLevel(row) {
        const icon = find('tick', row);
        if (!icon)
            return null;
        const name = icon.getAttribute('data-icon') || '';
        if (!Object.prototype.hasOwnProperty.call(pack.ticks, name))
            return null;
        let level = pack.ticks[name];
        const label = (icon.getAttribute('aria-label') || '').trim().toLowerCase();
        for (const rule of (pack.tickLabels || [])) {
            if (rule.icon === name && String(rule.label).trim().toLowerCase() === label) {
                level = rule.level;
                break;
            }
        }
        return level;
    }

    function bubbleText(bubble) {
        const textEl = find('messageText', bubble);
        return textEl ? rebuild(textEl) : null;
    }

    // What a row shows, even when the pack's text landmark does not match it any more.
    function rowText(row) {
        const shown = bubbleText(row);
        return shown !== null ? shown : rebuild(row);
    }

    // The message key: data-id on the row (or around or inside it), else the conv-msg test id.
    function bubbleId(bubble) {
        const holder = bubble.matches('[data-id]') ? bubble : bubble.closest('[data-id]') || bubble.querySelector('[data-id]');
        if (holder)
            return holder.getAttribute('data-id');
        const tested = bubble.matches('[data-testid^="conv-msg-"]') ? bubble : bubble.querySelector('[data-testid^="conv-msg-"]');
        return tested ? tested.getAttribute('data-testid').slice('conv-msg-'.length) : '';
    }

    // Letters, marks and digits only: the text whatever the page did to emoji, formatting and spacing.
    function lettersOf(text) { return String(text).normalize('NFC').replace(/[^\p{L}\p{M}\p{N}]/gu, ''); }

    // 'exact' when the row shows our text, 'loose' when it shows the same letters and digits (formatting
    // the pack does not know), else null.
    function textMatch(shown, text) {
        if (shown === null)
            return null;
        if (normalize(shown) === text)
            return 'exact';
        const letters = lettersOf(text);
        return letters && lettersOf(shown) === letters ? 'loose' : null;
    }

    // Does the row hold any trace of our text (its start, even cut short by "Read more")?
    function holdsTrace(shown, text) {
        if (textMatch(shown, text))
            return true;
        const letters = lettersOf(text);
        if (!letters)
            return normalize(shown).includes(text);
        return lettersOf(shown).includes(letters.slice(0, 64));
    }

    // The chat's rows, where the pack says they are.
    function messageRows(main) {
        const list = find('messageList', main);
        if (!list)
            return null;
        const own = findAll('outgoingMessage', list);
        const incoming = findAll('incomingMessage', list);
        const known = own.concat(incoming);
        const unknown = findAll('anyMessage', list).filter(
            (row) => !known.some((k) => k === row || k.contains(row) || row.contains(k)));
        return { list: list, own: own, incoming: incoming, unknown: unknown };
    }

    function noteOwnRows(rows) {
        if (rows && rows.own.some((row) => tickLevel(row) !== null))
            ownRowsProven = true;
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

    // The first element of a landmark (popups, notices) whose text contains one of the pack's wordings.
    function elementWithWording(landmark, wordings) {
        for (const entry of (pack.landmarks[landmark] || [])) {
            let list;
            try { list = document.querySelectorAll(entryCss(entry)); } catch (e) { continue; }
            for (const popup of list) {
                const text = popup.textContent || '';
                for (const phrase of (wordings || [])) {
                    if (text.includes(phrase))
                        return { popup: popup, text: popupMessage(popup) };
                }
            }
        }
        return null;
    }

    function invalidNumberPopup() { return elementWithWording('popup', pack.texts.invalidNumber); }

    // WhatsApp's own warning about the account (banned, restricted): reported with every state, because a
    // banned account is also signed out. Packs without the wordings watch nothing.
    function accountNotice() {
        const hit = elementWithWording('accountNotice', pack.texts.accountWarning);
        return hit ? hit.text.slice(0, 300) : '';
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
        const state = pageState();
        const notice = accountNotice();
        if (notice)
            state.accountNotice = notice;
        return state;
    }

    function pageState() {
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
        if (!opened) {
            // A chat that opened without a compose box: the page has changed, not the network.
            const main = find('chat');
            if (main && !find('composeBox', main))
                return { outcome: 'noChat', missing: 'composeBox', reason: 'the chat opened without a compose box' };
            return { outcome: 'noChat' };
        }
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

    // Outcomes of a send. neverLeft: provably not sent, may be tried again. unconfirmed: pressed, may have
    // been sent, never tried again by itself.
    function neverLeft(stage, reason, pageChanged) {
        const answer = { outcome: 'neverLeft', stage: stage, step: stage === 'compose' ? 'type' : 'send', reason: reason };
        if (pageChanged) answer.pageChanged = pageChanged;
        return answer;
    }
    function unconfirmed(step, reason, id, pageChanged) {
        const answer = { outcome: 'unconfirmed', step: step, reason: reason, id: id || '' };
        if (pageChanged) answer.pageChanged = pageChanged;
        return answer;
    }

    function rowKey(row) { return bubbleId(row) || row; }

    // What the chat shows of our message since the press: our new own row (best tick first), or a new row
    // with our text that the pack does not recognise as ours.
    function lookForOurRow(main, before, text) {
        const rows = messageRows(main);
        if (!rows)
            return { rows: null, best: null, stranger: null };
        let best = null;
        for (const row of rows.own) {
            if (before.own.has(rowKey(row)))
                continue;
            const match = textMatch(bubbleText(row), text);
            if (!match)
                continue;
            const level = tickLevel(row);
            const rank = level === null ? -2 : level === -1 ? 10 : level; // a failure is final: it wins
            if (!best || rank > best.rank)
                best = { row: row, level: level, rank: rank, match: match };
        }
        let stranger = null;
        if (!best) {
            for (const row of rows.unknown) {
                if (!before.any.has(row) && holdsTrace(rowText(row), text)) {
                    stranger = row;
                    break;
                }
            }
        }
        return { rows: rows, best: best, stranger: stranger };
    }

    function pressEnter(box) {
        box.focus();
        for (const type of ['keydown', 'keypress', 'keyup'])
            box.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13,
                                                        bubbles: true, cancelable: true }));
    }

    async function sendJob(args, job) {
        const text = normalize(args.text);
        if (!text)
            return neverLeft('compose', 'the message is empty');
        if (currentState().state !== 'ready')
            return { outcome: 'notReady', step: 'open', reason: currentState().state };
        // Read here, not only from the last state poll: the warning may have come with the previous send.
        const notice = accountNotice();
        if (notice)
            return { outcome: 'notReady', step: 'open', reason: 'WhatsApp shows a warning about this account: ' + notice };
        const opened = await openChat(args.phone, args.click !== false, args.openTimeoutMs);
        if (opened.outcome !== 'open')
            return Object.assign({ step: 'open' }, opened);
        const main = opened.main;
        noteOwnRows(messageRows(main));
        const box = find('composeBox', main);
        if (!box)
            return neverLeft('compose', 'the compose box was not found', 'composeBox');
        if (!(await insertText(box, text))) {
            const shown = rebuild(box);
            clearBox(box);
            const answer = neverLeft('compose', 'the compose box did not take the text', 'composeBox (it does not take the text)');
            answer.shown = shown;
            return answer;
        }
        const rowsBefore = messageRows(main);
        const before = {
            own: new Set(rowsBefore ? rowsBefore.own.map(rowKey) : []),
            any: new Set(rowsBefore ? findAll('anyMessage', rowsBefore.list) : []),
        };
        // The control is found by its icon first, then the button around it; Enter when there is none.
        const icon = await waitFor(() => find('sendButton', main), 2000);
        const how = icon ? 'click' : 'Enter';
        // C++ decides whether to press, and knows from then on that the message may have left, even if
        // this page never answers again (it hangs or its render process dies).
        if (!(await job.mayPress())) {
            clearBox(box);
            const answer = neverLeft('send', 'not pressed: the station withdrew the message');
            answer.notPressed = true;
            return answer;
        }
        job.pressed = true;
        if (icon)
            (icon.closest('button,[role="button"]') || icon).click();
        else
            pressEnter(box);
        const pressedAt = Date.now();

        let last = { rows: null, best: null, stranger: null };
        const settled = await waitFor(() => {
            last = lookForOurRow(main, before, text);
            if (last.best && last.best.level !== null && (last.best.level >= 1 || last.best.level === -1))
                return 'row';
            // Nothing left the box: no new row of any kind, and our text is still there, unsent.
            if (Date.now() - pressedAt > 3000 && !last.best && !last.stranger && normalize(rebuild(box)) === text)
                return 'inBox';
            return null;
        }, args.confirmTimeoutMs, 15);
        const best = last.best;
        if (best && best.level === -1)
            return { outcome: 'failedTick', step: 'send', id: bubbleId(best.row), reason: 'WhatsApp marked the message as not sent' };
        if (settled === 'row') {
            ownRowsProven = true;
            return { outcome: 'sent', id: bubbleId(best.row), level: best.level, how: how, match: best.match };
        }
        if (best && best.level === 0)
            return unconfirmed('tick', 'our row stayed at the clock tick: not confirmed by WhatsApp\'s server', bubbleId(best.row));
        if (best)
            return unconfirmed('tick', 'our row shows no tick the selector pack knows', bubbleId(best.row), 'tick');
        if (last.stranger)
            return unconfirmed('recognise', 'a row with our text appeared, but it is not recognised as ours', '', 'outgoingMessage');
        if (normalize(rebuild(box)) === text) {
            clearBox(box);
            if (how === 'Enter')
                return neverLeft('send', 'the send control was not found and Enter did not send: the text is still in the compose box',
                                 'sendButton');
            return neverLeft('send', 'typed but not sent: the text is still in the compose box');
        }
        if (!last.rows)
            return unconfirmed('recognise', 'the chat\'s message list is not on the page', '', 'messageList');
        return unconfirmed('recognise', 'no row with our text appeared after the ' + (how === 'click' ? 'click on send' : 'Enter key')
                           + ', and the compose box is empty');
    }

    function cantTell(reason, pageChanged) {
        const answer = { outcome: 'cantTell', reason: reason };
        if (pageChanged) answer.pageChanged = pageChanged;
        return answer;
    }

    async function findSentJob(args) {
        const text = normalize(args.text);
        if (currentState().state !== 'ready')
            return { outcome: 'notReady', reason: currentState().state };
        const opened = await openChat(args.phone, true, args.openTimeoutMs);
        if (opened.outcome === 'invalid')
            return { outcome: 'checked', found: false, reason: 'not a WhatsApp number' };
        if (opened.outcome !== 'open')
            return cantTell(opened.reason || 'the chat did not open', opened.missing);
        // Let the page render the chat's recent history.
        await sleep(args.settleMs || 0);
        let rows = messageRows(opened.main);
        if (!rows)
            return cantTell('the chat\'s message list is not on the page', 'messageList');
        noteOwnRows(rows);
        const other = args.proofPhone || '';
        if (!rows.own.length && !ownRowsProven && other && other !== args.phone) {
            // No row of ours here, and none seen since the page loaded: look at the chat of our last
            // confirmed send (C++ keeps it across restarts), then come back.
            const proof = await openChat(other, true, args.openTimeoutMs);
            if (proof.outcome === 'open') {
                await sleep(args.settleMs || 0);
                noteOwnRows(messageRows(proof.main));
            }
            const again = await openChat(args.phone, true, args.openTimeoutMs);
            if (again.outcome !== 'open')
                return cantTell(again.reason || 'the chat did not open again', again.missing);
            await sleep(args.settleMs || 0);
            rows = messageRows(again.main);
            if (!rows)
                return cantTell('the chat\'s message list is not on the page', 'messageList');
        }
        const since = (args.sinceMs || 0) - 60000; // rows show minutes only: the claim's minute counts
        const found = rows.own.some((row) => {
            if (!textMatch(bubbleText(row), text))
                return false;
            const at = bubbleTime(row);
            return at === 0 || at >= since;
        });
        if (found)
            return { outcome: 'checked', found: true };
        if (rows.unknown.some((row) => holdsTrace(rowText(row), text)))
            return cantTell('our text is in the chat in a row not recognised as ours or the customer\'s', 'outgoingMessage');
        if (!rows.own.length && rows.unknown.length && !rows.incoming.length)
            return cantTell('the chat has rows, but none is recognised as ours or the customer\'s', 'outgoingMessage');
        if (!rows.own.length && !ownRowsProven)
            return cantTell('no row of ours in this chat, and our rows were not recognised yet since the page loaded');
        return { outcome: 'checked', found: false };
    }

    // Later ticks of our messages in a chat that is no longer open (read receipts for closed chats). Opening a
    // chat on WhatsApp reads the customer's unread messages in it (the customer sees blue ticks), so a chat
    // whose row in the chat list shows an unread count is never opened, nor one the list does not show (its
    // unread count cannot be seen). Answers { outcome: 'ticks', levels: {id: level} } or 'skipped' with why.
    async function revisitJob(args) {
        if (currentState().state !== 'ready')
            return { outcome: 'notReady', reason: currentState().state };
        if (!(pack.landmarks.chatRow || []).length || !(pack.landmarks.unreadBadge || []).length)
            return { outcome: 'skipped', reason: 'the selector pack cannot see unread chats' };
        const digits = String(args.phone || '');
        const open = find('chat');
        const alreadyOpen = open && lastOpened.phone === digits && lastOpened.main === open && document.contains(open);
        if (!alreadyOpen) {
            // The row's title is the number as WhatsApp writes it ("+91 98765 43210") when the chat has no
            // contact name; the rest of the row (time, last message) is not looked at.
            const titled = (r) => Array.from(r.querySelectorAll('[title]')).some(
                (t) => (t.getAttribute('title') || '').replace(/\D/g, '') === digits);
            const row = findAll('chatRow').find(titled);
            if (!row)
                return { outcome: 'skipped', reason: 'the chat is not in the chat list' };
            if (find('unreadBadge', row))
                return { outcome: 'skipped', reason: 'the chat has unread messages from the customer' };
        }
        const opened = await openChat(digits, true, args.openTimeoutMs);
        if (opened.outcome !== 'open')
            return { outcome: 'skipped', reason: opened.reason || 'the chat did not open' };
        await sleep(args.settleMs || 0);
        const rows = messageRows(opened.main);
        if (!rows)
            return { outcome: 'skipped', reason: 'the chat\'s message list is not on the page' };
        const wanted = new Set(args.ids || []);
        const levels = {};
        for (const row of rows.own) {
            const id = bubbleId(row);
            if (wanted.has(id))
                levels[id] = tickLevel(row);
        }
        return { outcome: 'ticks', levels: levels };
    }

    async function unregisterServiceWorkersJob() {
        const container = navigator.serviceWorker;
        if (!container || !container.getRegistrations)
            return { outcome: 'done', unregistered: 0, reason: 'no service workers here' };
        const registrations = await container.getRegistrations();
        let count = 0;
        for (const registration of registrations)
            if (await registration.unregister()) ++count;
        return { outcome: 'done', unregistered: count };
    }

    // A job's `mayPress()` reports 'armed' to take() and waits for C++'s press(id, go) (false after
    // args.armTimeoutMs: nothing is pressed without C++ knowing it).
    function start(name, fn, args) {
        const id = nextJobId++;
        const job = { result: null, armed: false, go: undefined, pressed: false };
        job.mayPress = async () => {
            job.armed = true;
            const go = await waitFor(() => job.go !== undefined, args.armTimeoutMs || 10000);
            job.armed = false;
            return go !== null && job.go === true;
        };
        jobs.set(id, job);
        fn(args, job).then((result) => { job.result = Object.assign({ pressed: job.pressed }, result); }, (error) => {
            job.result = { outcome: 'failed', stage: name, pressed: job.pressed,
                           reason: 'driver error: ' + (error && error.message ? error.message : String(error)) };
        });
        return id;
    }

    // The open chat as the self-test sees it: what is missing there that sending relies on.
    function openChatReport() {
        const main = find('chat');
        if (!main)
            return { open: false, missing: [] };
        const missing = [];
        if (!find('composeBox', main))
            missing.push('composeBox');
        const rows = messageRows(main);
        if (!rows) {
            missing.push('messageList');
        } else {
            if (rows.unknown.length && !rows.own.length && !rows.incoming.length)
                missing.push('outgoingMessage', 'incomingMessage');
            if (rows.own.length && rows.own.every((row) => tickLevel(row) === null))
                missing.push('tick');
        }
        return { open: true, missing: missing };
    }

    window.__fdDriver = {
        configure(selectorPack) { pack = selectorPack; return true; },
        ready() { return pack !== null; },
        state: currentState,
        // Job ids: poll take(id) until it returns an object instead of 'pending' (or 'armed': waiting for
        // press(id, go)).
        send(args) { return start('send', sendJob, args); },
        findSent(args) { return start('findSent', findSentJob, args); },
        revisit(args) { return start('revisit', revisitJob, args); },
        unregisterServiceWorkers() { return start('unregisterServiceWorkers', unregisterServiceWorkersJob, {}); },
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
            return { state: currentState().state, landmarks: report, invalid: invalidSelectors(), chat: openChatReport() };
        },
        invalidSelectors: invalidSelectors,
        // For tests of the driver itself.
        rebuildText(selector) { const el = document.querySelector(selector); return el ? rebuild(el) : null; },
    };
})();
