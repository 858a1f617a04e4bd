// The test page's application: startup splash, QR login, syncing, chat list, chats opened by in-page
// api.whatsapp.com links or by the /send URL, a compose box that only takes real input (typing, paste,
// editing commands), outgoing bubbles with ticks that move on with delays, the invalid-number popup, the
// unsupported-browser page and the "Use here" screen. The server (FakeWhatsAppServer) is its "WhatsApp":
// login, message record, chat history, scripted failures.
//
// Two versions of the page (the server's config.page):
// - 'today' (WhatsApp Web since June 2026): no message-in / message-out classes; rows carry data-id
//   "true_..." (ours) or "false_..." (the customer's) and data-testid "conv-msg-..."; hashed class names
//   that change with every load; read and delivered are the same msg-dblcheck icon told apart by its
//   aria-label (" Read " / " Delivered "); msg-failed for a message WhatsApp could not send; the send control
//   a div[role=button] around the wds-ic-send-filled icon.
// - 'yesterday': message-in / message-out bubbles, msg-dblcheck-ack for read, a <button> around the send
//   icon.
// Both speak Hindi when the browser asks for it (Accept-Language or navigator.language), as WhatsApp does,
// so a desk that does not pin its page to English meets Hindi texts. config.breakAfter makes the page
// change under the driver after that many sends (our rows lose their ids, or ticks their icons).
// config.failStep makes one step of the path fail in a chat (the server says which in /api/chat's "fail"):
// the chat never opens, its compose box rejects the text, its send control does nothing, or our rows there
// carry no id (a tick that never comes is the server's doing).
(function () {
    'use strict';

    const app = document.getElementById('app');
    const query = new URLSearchParams(location.search);
    let config = {};
    let token = 0;
    let screen = 'startup';
    let chat = null; // { phone, main, box, draft }
    let broken = ''; // '', 'ownRowIds' or 'ticks': what the page no longer shows (config.breakAfter)

    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    const el = (tag, attrs, children) => {
        const node = document.createElement(tag);
        for (const [k, v] of Object.entries(attrs || {})) {
            if (k === 'text') node.textContent = v;
            else if (k === 'class') node.className = v;
            else node.setAttribute(k, v);
        }
        for (const child of children || []) node.appendChild(child);
        return node;
    };
    async function api(path, body) {
        const response = await fetch(path, body === undefined ? {} : {
            method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
        });
        return { status: response.status, json: await response.json() };
    }
    // Delays come from the server, and the page's own query string may override them (?ackMs=5).
    function delay(name) {
        return query.has(name) ? Number(query.get(name)) : Number(config[name] || 0);
    }

    // --- today's page or yesterday's, English or Hindi -------------------------------------------------
    const today = () => config.page !== 'yesterday';
    const hindi = () => config.lang === 'hi' || /^hi\b/i.test(navigator.language || '');
    const texts = {
        typeMessage: ['Type a message', 'संदेश लिखें'],
        invalidNumber: ['Phone number shared via url is invalid.', 'URL के ज़रिए शेयर किया गया फ़ोन नंबर अमान्य है.'],
        useHere: ['Use here', 'यहाँ इस्तेमाल करें'],
        conflict: ['WhatsApp is open in another window. Click “Use here” to use WhatsApp in this window.',
                   'WhatsApp दूसरी विंडो में खुला है. इस विंडो में WhatsApp इस्तेमाल करने के लिए “यहाँ इस्तेमाल करें” पर क्लिक करें.'],
        close: ['Close', 'बंद करें'],
        ok: ['OK', 'ठीक है'],
        loadingChats: ['Loading your chats [40%]', 'आपकी चैट लोड हो रही हैं [40%]'],
        startingChat: ['Starting chat', 'चैट शुरू की जा रही है'],
        scanQr: ['Scan this QR code to link a device!', 'डिवाइस लिंक करने के लिए यह QR कोड स्कैन करें!'],
        send: ['Send', 'भेजें'],
        voice: ['Voice message', 'वॉइस मैसेज'],
        notConnected: ['Computer not connected', 'कंप्यूटर कनेक्ट नहीं है'],
        you: ['You', 'आप'],
        'msg-time': [' Pending ', ' लंबित '],
        'msg-check': [' Sent ', ' भेजा गया '],
        delivered: [' Delivered ', ' डिलीवर हो गया '],
        read: [' Read ', ' पढ़ लिया गया '],
        'msg-failed': [' Failed ', ' नहीं भेजा जा सका '],
    };
    const t = (key) => texts[key][hindi() ? 1 : 0];

    // Today's class names: hashed atomic CSS, new with every load (never a landmark).
    const hashes = new Map();
    function hashed(role) {
        if (!today()) return role;
        if (!hashes.has(role))
            hashes.set(role, Array.from({ length: 3 }, () => 'x' + Math.random().toString(36).slice(2, 9)).join(' '));
        return hashes.get(role);
    }

    // --- rendering text the way WhatsApp does ---------------------------------------------------------
    const emojiPattern = /\p{Regional_Indicator}{2}|\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)*/gu;
    const formatPattern = /```([\s\S]+?)```|\*([^\s*](?:[^*\n]*[^\s*])?)\*|_([^\s_](?:[^_\n]*[^\s_])?)_|~([^\s~](?:[^~\n]*[^\s~])?)~/g;

    function appendWithEmoji(parent, text) {
        let last = 0;
        for (const m of text.matchAll(emojiPattern)) {
            if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
            parent.appendChild(el('img', { alt: m[0], class: 'emoji', draggable: 'false',
                src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' }));
            last = m.index + m[0].length;
        }
        if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
    }

    function renderRich(parent, text) {
        let last = 0;
        for (const m of text.matchAll(formatPattern)) {
            if (m.index > last) appendWithEmoji(parent, text.slice(last, m.index));
            const [tag, inner] = m[1] !== undefined ? ['code', m[1]] : m[2] !== undefined ? ['strong', m[2]]
                : m[3] !== undefined ? ['em', m[3]] : ['del', m[4]];
            const node = el(tag, { class: 'format' });
            appendWithEmoji(node, inner);
            parent.appendChild(node);
            last = m.index + m[0].length;
        }
        if (last < text.length) appendWithEmoji(parent, text.slice(last));
    }

    // The compose box's own idea of its text (like WhatsApp's editor, it keeps a model of the draft).
    function readBox(box) {
        const lines = [];
        let line = '';
        const walk = (node) => {
            for (const child of node.childNodes) {
                if (child.nodeType === Node.TEXT_NODE) line += child.nodeValue;
                else if (child.tagName === 'IMG') line += child.getAttribute('alt') || '';
                else if (child.tagName === 'BR') {
                    // The <br> that keeps an empty paragraph open is not a line break.
                    const placeholder = node !== box && node.childNodes.length === 1;
                    if (!placeholder) { lines.push(line); line = ''; }
                }
                else if (child.tagName === 'P' || child.tagName === 'DIV') {
                    if (line !== '' || lines.length || child.previousSibling) { lines.push(line); line = ''; }
                    walk(child);
                } else walk(child);
            }
        };
        walk(box);
        lines.push(line);
        return lines.join('\n');
    }

    // --- screens --------------------------------------------------------------------------------------
    function show(name, ...nodes) {
        screen = name;
        app.replaceChildren(...nodes);
    }

    function showUnsupported() {
        document.body.className = 'web page-version';
        show('unsupported', el('div', { class: 'startup' }, [
            el('h1', { text: 'WhatsApp works with Google Chrome 85+' }),
            el('p', { text: 'To use WhatsApp, update Chrome or use Mozilla Firefox, Safari, Microsoft Edge or Opera.' })]));
    }

    function showQr(ref) {
        show('qr', el('div', { class: 'landing-wrapper' }, [
            el('div', { class: 'logo', text: 'Use WhatsApp on your computer' }),
            el('div', { 'data-ref': ref }, [el('canvas', { 'aria-label': t('scanQr'), width: '264', height: '264' })]),
            el('p', { text: 'Open WhatsApp on your phone, tap Menu > Linked devices and point your phone to this screen.' })]));
    }

    function showSyncing() {
        show('syncing', el('div', { class: 'syncing' }, [
            el('progress', { value: '40', max: '100' }), el('div', { text: t('loadingChats') })]));
    }

    function showConflict() {
        const useHere = el('button', { text: t('useHere') });
        useHere.addEventListener('click', async () => {
            await api('/api/takeover', { token: token });
            location.reload();
        });
        show('conflict', el('div', { 'data-animate-modal-popup': 'true', class: 'conflict' }, [
            el('div', { text: t('conflict') }),
            el('button', { text: t('close') }), useHere]));
    }

    // The chat list: a row per chat, with the count of the customer's unread messages as WhatsApp shows it.
    // Opening a chat reads them (the customer then sees blue ticks), as on WhatsApp.
    let listed = '';
    function chatRows(chats) {
        listed = JSON.stringify(chats);
        return chats.map((c) => el('div', { class: 'chat', role: 'listitem' }, [el('span', { title: c.title, text: c.title })]
            .concat(c.unread ? [el('span', { 'aria-label': c.unread + (c.unread > 1 ? ' unread messages' : ' unread message'),
                                             text: String(c.unread) })] : [])));
    }
    async function refreshChatList() {
        const chats = (await api('/api/chats')).json;
        const list = document.getElementById('pane-side');
        if (list && JSON.stringify(chats) !== listed)
            list.replaceChildren(...chatRows(chats));
    }

    async function showChats() {
        const chats = (await api('/api/chats')).json;
        const list = el('div', { id: 'pane-side', 'aria-label': 'Chat list' }, chatRows(chats));
        const side = el('div', { id: 'side' }, [
            el('header', {}, [el('span', { 'data-icon': 'new-chat' }), el('span', { 'data-icon': 'search' })]), list]);
        show('chats', side, el('div', { id: 'intro', text: 'Send and receive messages without keeping your phone online.' }));
        if (location.pathname === '/send' && query.get('phone'))
            openChat(query.get('phone'), query.get('text') || '');
    }

    function setOffline(offline) {
        const side = document.getElementById('side');
        if (!side) return;
        let banner = side.querySelector('.banner');
        if (offline && !banner)
            side.insertBefore(el('div', { class: 'banner' }, [el('span', { 'data-icon': 'alert-computer' }),
                el('span', { text: t('notConnected') })]), side.firstChild.nextSibling);
        else if (!offline && banner)
            banner.remove();
    }

    // WhatsApp's own warning about the account ("Your account is restricted right now"): today's page puts it
    // in a banner above the chat list, yesterday's in a popup over everything.
    function showAccountNotice(text) {
        const shown = document.getElementById('account-notice');
        if (shown && shown.dataset.text === text) return;
        if (shown) shown.remove();
        if (!text) return;
        const node = today()
            ? el('div', { id: 'account-notice', role: 'alert', class: 'account-notice' }, [el('span', { text: text })])
            : el('div', { id: 'account-notice', 'data-animate-modal-popup': 'true' }, [el('div', { text: text }),
                el('button', { text: t('ok') })]);
        node.dataset.text = text;
        const side = document.getElementById('side');
        if (today() && side) side.insertBefore(node, side.firstChild.nextSibling);
        else document.body.appendChild(node);
    }

    // --- chats ----------------------------------------------------------------------------------------
    function popup(text, button) {
        const node = el('div', { 'data-animate-modal-popup': 'true', role: 'dialog' }, [el('div', { text: text })]);
        if (button) {
            const ok = el('button', { text: button });
            ok.addEventListener('click', () => node.remove());
            node.appendChild(ok);
        }
        document.body.appendChild(node);
        return node;
    }

    // A page that stops answering: its main thread busy for good (hangOn 'open' or 'send').
    function hangIf(moment) {
        if (config.hangOn === moment)
            for (;;) { /* hung */ }
    }

    async function openChat(phone, text) {
        hangIf('open');
        const digits = String(phone).replace(/\D/g, '');
        const starting = popup(t('startingChat'), null);
        await sleep(delay('chatOpenMs'));
        const answer = await api('/api/chat?phone=' + encodeURIComponent(digits));
        if (answer.status === 200 && answer.json.fail === 'open')
            return; // "Starting chat" for good
        starting.remove();
        if (answer.status !== 200) {
            popup(t('invalidNumber'), t('ok'));
            return;
        }
        const oldMain = document.getElementById('main');
        const intro = document.getElementById('intro');
        const messages = el('div', { class: hashed('messages'), role: 'application' });
        const box = el('div', { contenteditable: 'true', role: 'textbox', 'data-tab': '10', title: t('typeMessage'),
            'aria-label': t('typeMessage'), 'aria-placeholder': t('typeMessage'), 'data-lexical-editor': 'true',
            class: hashed('composer') });
        const actions = el('div', { class: 'actions' });
        let main = el('div', { id: 'main' }, [
            el('header', {}, [el('span', { title: '+' + digits, text: '+' + digits })]), messages,
            el('footer', {}, [el('div', { class: 'copyable-area' }, [box]), actions])]);
        if (oldMain && config.reuseMain) {
            // Some WhatsApp versions keep #main and swap what is inside it.
            oldMain.replaceChildren(...main.childNodes);
            main = oldMain;
        } else {
            (oldMain || intro).replaceWith(main);
        }
        api('/api/read', { phone: digits }); // the open chat's messages are read
        chat = { phone: digits, main: main, box: box, messages: messages, actions: actions, draft: '',
                 fail: answer.json.fail || '' };
        for (const m of answer.json.messages) addBubble(m.id, m.text, m.status, new Date(m.at));
        noteBreak(answer.json.broken);
        if (chat.fail === 'type')
            wireRejectingBox(chat);
        else
            wireBox(chat);
        setDraft(chat, text ? text.replace(/\r\n?/g, '\n') : '');
        box.focus();
    }

    function renderBox(c) {
        const lines = c.draft.split('\n');
        c.box.replaceChildren(...lines.map((line) => {
            const p = el('p', { class: 'selectable-text copyable-text', dir: 'auto' });
            if (line) appendWithEmoji(p, line); else p.appendChild(el('br'));
            return p;
        }));
        const range = document.createRange();
        range.selectNodeContents(c.box);
        range.collapse(false);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
    }

    function renderActions(c) {
        const hasText = c.draft.trim() !== '';
        let button;
        if (today()) // a div[role=button] around the icon, as WhatsApp has served since 2025
            button = hasText
                ? el('div', { role: 'button', tabindex: '0', 'aria-label': t('send'), class: hashed('send') },
                     [el('span', { 'data-icon': 'wds-ic-send-filled', 'aria-hidden': 'true' })])
                : el('div', { role: 'button', tabindex: '0', 'aria-label': t('voice'), class: hashed('send') },
                     [el('span', { 'data-icon': 'wds-ic-mic-filled', 'aria-hidden': 'true' })]);
        else
            button = hasText
                ? el('button', { 'aria-label': t('send') }, [el('span', { 'data-icon': 'send' })])
                : el('button', { 'aria-label': t('voice') }, [el('span', { 'data-icon': 'ptt' })]);
        if (hasText) button.addEventListener('click', () => send(c));
        c.actions.replaceChildren(button);
    }

    function setDraft(c, draft) {
        c.draft = draft;
        renderBox(c);
        renderActions(c);
    }

    function wireBox(c) {
        // Typing and editing commands: the editor takes them into its model. A bare innerText write fires
        // none of these events, so the model stays as it was (as on the real page).
        c.box.addEventListener('beforeinput', (e) => {
            if (e.inputType === 'insertText' && e.data !== null) {
                e.preventDefault();
                setDraft(c, c.draft + e.data);
            } else if (e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph') {
                e.preventDefault();
                setDraft(c, c.draft + '\n');
            } else if (e.inputType === 'deleteContentBackward') {
                e.preventDefault();
                setDraft(c, Array.from(c.draft).slice(0, -1).join(''));
            }
        });
        c.box.addEventListener('input', () => {
            c.draft = readBox(c.box);
            renderActions(c);
        });
        c.box.addEventListener('paste', (e) => {
            e.preventDefault();
            const text = (e.clipboardData && e.clipboardData.getData('text/plain')) || '';
            const selection = window.getSelection();
            const all = selection.rangeCount && selection.toString() === c.box.textContent && c.box.textContent !== '';
            setDraft(c, (all ? '' : c.draft) + text.replace(/\r\n?/g, '\n'));
        });
        c.box.addEventListener('keydown', (e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            if (e.shiftKey) setDraft(c, c.draft + '\n');
            else send(c);
        });
    }

    // A compose box that takes nothing: every paste and editing command leaves it empty.
    function wireRejectingBox(c) {
        for (const type of ['beforeinput', 'paste'])
            c.box.addEventListener(type, (e) => e.preventDefault());
        c.box.addEventListener('input', () => { c.box.replaceChildren(el('p', {}, [el('br')])); });
    }

    function stamp(at, fromMe, phone) {
        const two = (n) => String(n).padStart(2, '0');
        return '[' + two(at.getHours()) + ':' + two(at.getMinutes()) + ', ' + two(at.getDate()) + '/'
            + two(at.getMonth() + 1) + '/' + at.getFullYear() + '] ' + (fromMe ? t('you') : '+' + phone) + ': ';
    }

    // The tick: today's page tells read from delivered by the label only; yesterday's had an icon each.
    function setTick(tick, status) {
        if (broken === 'ticks') {
            tick.removeAttribute('data-icon');
            tick.setAttribute('aria-label', '');
            return;
        }
        const read = status === 'msg-dblcheck-ack';
        if (today()) {
            tick.setAttribute('data-icon', read ? 'msg-dblcheck' : status);
            tick.setAttribute('aria-label', status === 'msg-dblcheck' ? t('delivered') : read ? t('read') : t(status));
            tick.className = hashed('tick') + (read ? ' ' + hashed('blue') : '');
        } else {
            tick.setAttribute('data-icon', status);
            tick.setAttribute('aria-label', status);
        }
    }

    // A message row as the page version draws it. `id` is WhatsApp's message key: "true_..." ours,
    // "false_..." the customer's.
    function addBubble(id, text, status, at) {
        const fromMe = id.startsWith('true_');
        const body = el('span', { class: 'selectable-text copyable-text ' + hashed('text'), dir: 'auto' });
        renderRich(body, text);
        const meta = el('div', { class: hashed('meta') });
        let tick = null;
        if (fromMe) {
            tick = el('span', {});
            setTick(tick, status);
            meta.appendChild(tick);
        }
        const content = el('div', { class: 'copyable-text ' + hashed('copyable'), 'data-pre-plain-text': stamp(at, fromMe, chat.phone) }, [body]);
        let holder;
        if (today())
            holder = el('div', { 'data-id': id, class: hashed('row') }, [
                el('div', { 'data-testid': 'conv-msg-' + id, class: hashed(fromMe ? 'out' : 'in') }, [content, meta])]);
        else
            holder = el('div', { 'data-id': id, class: 'focusable-list-item' }, [
                el('div', { class: fromMe ? 'message-out' : 'message-in' }, [content, meta])]);
        const row = el('div', { role: 'row' }, [holder]);
        if (broken === 'ownRowIds' || (chat.fail === 'recognise' && fromMe)) stripIds(row);
        chat.messages.appendChild(row);
        return tick;
    }

    // The page changed under the driver: rows no longer say whose they are, or ticks lost their icons.
    function stripIds(root) {
        for (const node of root.querySelectorAll('[data-id], [data-testid^="conv-msg-"], .message-in, .message-out')) {
            node.removeAttribute('data-id');
            node.removeAttribute('data-testid');
            node.classList.remove('message-in', 'message-out');
        }
    }
    function noteBreak(what) {
        if (!what || broken) return;
        broken = what;
        if (!chat) return;
        if (broken === 'ownRowIds') stripIds(chat.messages);
        if (broken === 'ticks') for (const tick of chat.messages.querySelectorAll('span[data-icon^="msg-"]')) setTick(tick, '');
    }

    async function send(c) {
        const text = c.draft.trim();
        if (!text || config.dropSend || c.fail === 'send') return; // the click is lost, the text stays typed
        const id = 'true_' + c.phone + '@c.us_3EB0' + Math.random().toString(16).slice(2, 14).toUpperCase();
        setDraft(c, '');
        const tick = addBubble(id, text, 'msg-time', new Date());
        const setStatus = (status) => {
            setTick(tick, status);
            api('/api/ack', { id: id, status: status });
        };
        await sleep(delay('ackMs'));
        const answer = await api('/api/send', { id: id, phone: c.phone, text: text, token: token });
        hangIf('send'); // after the message left
        noteBreak(answer.json.broken);
        showAccountNotice(answer.json.notice || ''); // WhatsApp's answer to this send may be the warning
        if (answer.json.failed) { setStatus('msg-failed'); return; } // scripted: WhatsApp could not send it
        if (!answer.json.ok) return; // scripted: stuck at the clock
        setStatus('msg-check');
        await sleep(delay('deliveredMs'));
        setStatus('msg-dblcheck');
        await sleep(delay('readMs'));
        setStatus('msg-dblcheck-ack');
    }

    // WhatsApp's own links open chats inside the running app instead of leaving it.
    document.addEventListener('click', (e) => {
        const link = e.target.closest && e.target.closest('a[href]');
        if (!link || config.noInterception || screen !== 'chats') return;
        const url = new URL(link.href);
        if (url.hostname !== 'api.whatsapp.com' || url.pathname !== '/send') return;
        e.preventDefault();
        openChat(url.searchParams.get('phone') || '', url.searchParams.get('text') || '');
    }, true);

    // --- a stand-in for WA-JS ----------------------------------------------------------------------------
    // config.standInWpp: the page defines a WPP object with the calls and events of WA-JS that FrontDesk's
    // bridge uses, answered by this page's server (its "WhatsApp"). It stands in for WA-JS on a page where
    // the real one cannot work: it proves FrontDesk's side (the bridge, the sender, never twice), not WA-JS
    // against WhatsApp. Sends through it open no chat on the page, as WA-JS's do not.
    function installStandInWpp() {
        const handlers = {};
        const emit = (name, ...args) => (handlers[name] || []).forEach((f) => f(...args));
        const digitsOf = (wid) => String((wid && wid._serialized) || wid).replace(/@.*$/, '');
        const ackOf = { 'msg-failed': -1, 'msg-time': 0, 'msg-check': 1, 'msg-dblcheck': 2, 'msg-dblcheck-ack': 3 };
        const signedIn = () => screen === 'chats';
        let sends = 0;
        const wpp = {
            version: '0.0.0-stand-in',
            get isInjected() { return true; },
            get isReady() { return true; },
            get isFullReady() { return signedIn(); },
            on(name, handler) { (handlers[name] = handlers[name] || []).push(handler); },
            conn: { isAuthenticated: () => signedIn(), getBuildConstants: () => ({ VERSION_STR: '2.3000.1099999999-test' }) },
            contact: {
                async queryExists(wid) {
                    const answer = await api('/api/chat?phone=' + encodeURIComponent(digitsOf(wid)));
                    return answer.status === 404 ? null : { wid: { _serialized: digitsOf(wid) + '@c.us' }, biz: false };
                },
            },
            chat: {
                async getMessages(wid, options) {
                    const answer = await api('/api/chat?phone=' + encodeURIComponent(digitsOf(wid)));
                    if (answer.status === 404)
                        throw new Error('chat not found');
                    const messages = answer.json.messages.map((m) => ({
                        id: { fromMe: m.id.startsWith('true_'), _serialized: m.id },
                        body: m.text,
                        t: Math.floor(m.at / 1000),
                        ack: ackOf[m.status] ?? 0,
                    }));
                    return messages.slice(-((options && options.count) || messages.length));
                },
                async sendTextMessage(wid, text) {
                    if (config.wppThrowOnSend)
                        throw new Error(config.wppThrowOnSend);
                    const phone = digitsOf(wid);
                    const id = 'true_' + phone + '@c.us_3EB0' + Math.random().toString(16).slice(2, 14).toUpperCase();
                    const setAck = (status) => {
                        api('/api/ack', { id: id, status: status });
                        emit('chat.msg_ack_change', { ack: ackOf[status], chat: { _serialized: phone + '@c.us' },
                                                      ids: [{ fromMe: true, _serialized: id }] });
                    };
                    await sleep(delay('ackMs'));
                    const answer = (await api('/api/send', { id: id, phone: phone, text: text, token: token })).json;
                    if (++sends === config.wppBlockAfterSends)
                        emit('conn.stream_mode_changed', 'TOS_BLOCK');
                    if (answer.failed) {
                        setAck('msg-failed');
                        return { id: id, ack: -1 };
                    }
                    if (!answer.ok)
                        return { id: id, ack: 0 }; // stuck at the clock
                    setAck('msg-check');
                    (async () => {
                        await sleep(delay('deliveredMs'));
                        setAck('msg-dblcheck');
                        await sleep(delay('readMs'));
                        setAck('msg-dblcheck-ack');
                    })();
                    return { id: id, ack: 1 };
                },
            },
        };
        Object.defineProperty(window, 'WPP', { value: wpp, configurable: true, writable: true });
    }

    // --- start ----------------------------------------------------------------------------------------
    async function poll() {
        for (;;) {
            const state = (await api('/api/state?token=' + token)).json;
            if (!state.active && screen !== 'conflict') { showConflict(); return; }
            if (!state.loggedIn && (screen === 'chats' || screen === 'syncing')) { location.reload(); return; }
            if (state.loggedIn && screen === 'qr') {
                showSyncing();
                await sleep(delay('syncMs'));
                await showChats();
            }
            showAccountNotice(state.notice || '');
            if (screen === 'chats') {
                setOffline(state.offline);
                await refreshChatList();
            }
            await sleep(100);
        }
    }

    async function start() {
        config = (await api('/api/config')).json;
        if (config.standInWpp)
            installStandInWpp();
        document.documentElement.lang = hindi() ? 'hi' : 'en';
        if (config.unsupportedServiceWorker && navigator.serviceWorker) {
            // A service worker left over from a refused browser: it answers every later load of the page
            // with the unsupported page, until it is unregistered.
            await navigator.serviceWorker.register('/sw.js');
            await navigator.serviceWorker.ready;
            showUnsupported();
            return;
        }
        if (navigator.userAgent.includes('QtWebEngine') || config.unsupported) {
            showUnsupported();
            return;
        }
        await sleep(delay('loadMs'));
        const hello = (await api('/api/hello', {})).json;
        token = hello.token;
        if (!hello.active) { showConflict(); return; }
        if (hello.loggedIn) {
            showSyncing();
            await sleep(delay('syncMs'));
            await showChats();
        } else {
            showQr('2@' + Math.random().toString(36).slice(2) + ',' + token);
        }
        poll();
    }
    start();
})();
