#pragma once

#include <QStringList>

namespace fd::test {

// Texts that break naive drivers: line breaks (Enter sends early), emoji (shown as images), WhatsApp's
// formatting markers (shown as formatting), quotes, backticks and </script> (break spliced JavaScript),
// right-to-left and Indian scripts, control-like characters. All without leading or trailing white space,
// which WhatsApp drops.
inline QStringList hostileTexts()
{
    QStringList texts = {
        QStringLiteral("Line one\nLine two\n\nLine four after an empty line"),
        QStringLiteral("Namaste 🙏 your service request is registered ✅"),
        QStringLiteral("Family 👨‍👩‍👧‍👦, flag 🇮🇳, skin tone 👍🏽, keycap 1️⃣"),
        QStringLiteral("*Bold* _italic_ ~strike~ ```mono``` and *two words*"),
        QStringLiteral("Quotes: 'single' \"double\" `back` ‘curly’ “curly”"),
        QStringLiteral("</script><script>alert(1)</script>"),
        QStringLiteral("'); window.__fdDriver = null; //"),
        QStringLiteral("${template} {{moustache}} %1 %2 \\n \\u0041 \\"),
        QStringLiteral("مرحبا، تم تسجيل طلبك رقم 42"),
        QStringLiteral("שלום, ההזמנה שלך מוכנה"),
        QStringLiteral("नमस्ते आशा जी, आपकी सेवा अनुरोध संख्या SR-000042 दर्ज हो गई है।"),
        QStringLiteral("வணக்கம், உங்கள் டெலிவரி நாளை வரும்."),
        QStringLiteral("Tab\there and a line separator\u2028inside"),
        QStringLiteral("<b>not html</b> &amp; &lt;tag&gt;"),
        QStringLiteral("{\"json\": [1, 2, {\"nested\": \"value\"}]}"),
        QStringLiteral("Track: https://yamini.example.in/track?t=SR-000042&lang=hi#top"),
        QStringLiteral("Mixed *bold 😀 inside* and _italic 🙏_\nsecond line ~gone~"),
        QStringLiteral("😀"),
        QStringLiteral("Price: ₹1,299.00 — 50% off! (today only)"),
        QStringLiteral("a*b*c snake_case_name ~tilde~word 2*3*4"),
        QStringLiteral(
            "Zero\u200Bwidth\u200Cjoiners\u200D and a soft\u00ADhyphen, combining e\u0301 and a\u0308"),
        QStringLiteral("Backticks `one` ``two`` and ```three``` then a lone ` and a lone ```"),
        QStringLiteral("Mixed: नमस्ते مرحبا שלום வணக்கம் 😀 123 — all in one line"),
    };
    // 4 KB in one message: every kind of character above, many lines.
    QString big;
    for (int line = 1; big.toUtf8().size() < 4096; ++line)
        big += QStringLiteral("%1. नमस्ते 🙏 *bold* \"quoted\" `tick` </script> مرحبا — ₹1,299\n").arg(line);
    texts << big.trimmed();
    // Template-like messages with every event's shape, to reach 50 different texts (the first 24 are the
    // hostile ones above).
    for (int i = 1; texts.size() < 50; ++i)
        texts << QStringLiteral(
                     "Dear Customer %1,\nYour ticket *SR-%2* is registered 🎫\nReply \"STOP\" to opt out — "
                     "धन्यवाद 🙏")
                     .arg(i)
                     .arg(i, 6, 10, QLatin1Char('0'));
    return texts;
}

} // namespace fd::test
