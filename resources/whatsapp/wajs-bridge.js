// FrontDesk's bridge to WA-JS (window.WPP), in the page's main world, where WA-JS lives. The desk calls it
// with runJavaScript and gets plain JSON data back. A call never waits: work that takes time (checking a
// number, sending, reading a chat) is a job, started here and polled by its id. Acks and account alerts
// are queued as WA-JS reports them and taken by the desk's next poll.
//
// Never twice: a "send" job answers `pressed: true` from the moment sendTextMessage was called, whatever
// happens next; only an answer without it proves that the message never left.
(function () {
    'use strict';
    if (window.__fdWaJs)
        return;

    const jobs = new Map();
    let nextJob = 1;
    const acks = [];   // { id, ack, at }
    const alerts = []; // { kind, detail, at }
    let hooked = null; // the WPP object whose events are followed

    const wpp = () => window.WPP;
    const now = () => Date.now();
    const keyText = (key) => (typeof key === 'string' ? key : String((key && key._serialized) || key));

    function alert(kind, detail) {
        alerts.push({ kind, detail: String(detail || ''), at: now() });
        if (alerts.length > 100)
            alerts.shift();
    }

    // Events are followed on whichever WPP is there now (a stand-in in tests, a newer file after an update).
    function follow(w) {
        if (!w || hooked === w || typeof w.on !== 'function')
            return;
        hooked = w;
        w.on('chat.msg_ack_change', (event) => {
            for (const id of (event && event.ids) || []) {
                acks.push({ id: keyText(id), ack: Number(event.ack), at: now() });
                if (acks.length > 2000)
                    acks.shift();
            }
        });
        w.on('conn.stream_mode_changed', (mode) => {
            if (/TOS_BLOCK/.test(String(mode)))
                alert('ban', mode);
        });
        w.on('conn.backend_event', (name) => {
            if (/banned|restrict/i.test(String(name)))
                alert('restricted', name);
        });
        w.on('conn.logout_reason', (reason) => alert('logout', reason));
    }

    function state() {
        const w = wpp();
        if (!w)
            return { loaded: false };
        follow(w);
        let authenticated = false;
        let error = '';
        let whatsapp = '';
        try {
            authenticated = !!(w.conn && typeof w.conn.isAuthenticated === 'function' && w.conn.isAuthenticated());
        } catch (e) {
            error = String((e && e.message) || e);
        }
        try {
            const build = w.isReady && w.conn && typeof w.conn.getBuildConstants === 'function'
                ? w.conn.getBuildConstants() : null;
            whatsapp = String((build && build.VERSION_STR) || '');
        } catch (e) {
            // an older WhatsApp without build constants: its version stays unknown
        }
        return {
            loaded: true,
            version: String(w.version || ''),
            whatsapp,
            injected: !!w.isInjected,
            ready: !!w.isReady,
            fullReady: !!w.isFullReady,
            authenticated,
            error,
        };
    }

    async function check(args) {
        const found = await wpp().contact.queryExists(args.wid);
        return found ? { exists: true, wid: keyText(found.wid) } : { exists: false };
    }

    // The job's record says `pressed` before sendTextMessage is called: an exception thrown from inside it,
    // or a page that dies while it runs, leaves "may have been sent".
    async function send(args, job) {
        job.pressed = true;
        const sent = await wpp().chat.sendTextMessage(args.wid, args.text, {
            createChat: true,
            waitForAck: true,
            markIsRead: false,
            detectMentioned: false,
            linkPreview: false,
        });
        return { id: keyText(sent && sent.id), ack: Number(sent && sent.ack) };
    }

    // Our own messages in the chat since `since` (ms) with exactly this text, newest first. A chat WhatsApp
    // does not have holds nothing of ours.
    async function find(args) {
        const w = wpp();
        if (w.chat && typeof w.chat.get === 'function' && !w.chat.get(args.wid))
            return { found: false, chat: false };
        const messages = await w.chat.getMessages(args.wid, { count: 200 });
        for (let i = messages.length - 1; i >= 0; --i) {
            const m = messages[i];
            const own = m && m.id && (m.id.fromMe === true || /^true_/.test(keyText(m.id)));
            if (own && Number(m.t || 0) * 1000 >= args.since && m.body === args.text)
                return { found: true, chat: true, id: keyText(m.id), ack: Number(m.ack) };
        }
        return { found: false, chat: true };
    }

    // The acks of our own latest messages in one chat (the ticks of a chat that is not open).
    async function ownAcks(args) {
        const messages = await wpp().chat.getMessages(args.wid, { count: 200 });
        const acks = [];
        for (const m of messages) {
            if (m && m.id && (m.id.fromMe === true || /^true_/.test(keyText(m.id))))
                acks.push({ id: keyText(m.id), ack: Number(m.ack), at: now() });
        }
        return { acks };
    }

    const kinds = { check, send, find, acks: ownAcks };

    // request: { kind: 'check' | 'send' | 'find' | 'acks', args: {...} }; answers the job's id.
    function start(request) {
        const kind = request && request.kind;
        const args = (request && request.args) || {};
        if (!Object.prototype.hasOwnProperty.call(kinds, kind))
            return 0;
        const id = nextJob++;
        const job = { done: false, pressed: false, result: null };
        jobs.set(id, job);
        Promise.resolve()
            .then(() => {
                if (!wpp())
                    throw new Error('WA-JS is not in the page');
                return kinds[kind](args, job);
            })
            .then(
                (value) => { job.result = Object.assign({ outcome: 'ok' }, value); },
                (e) => { job.result = { outcome: 'error', message: String((e && e.message) || e) }; })
            .then(() => {
                job.result.pressed = job.pressed;
                job.done = true;
            });
        return id;
    }

    function result(id) {
        const job = jobs.get(id);
        if (!job)
            return { outcome: 'unknown' };
        if (!job.done)
            return { outcome: 'running', pressed: job.pressed };
        jobs.delete(id);
        return job.result;
    }

    const take = (queue) => queue.splice(0, queue.length);

    window.__fdWaJs = {
        state,
        start,
        result,
        takeAcks: () => take(acks),
        takeAlerts: () => take(alerts),
    };
})();
