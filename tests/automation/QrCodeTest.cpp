#include "automation/qrcode/QrCode.h"

#include <gtest/gtest.h>

using fd::qrcode::QrCode;

TEST(QrCode, HasTheThreeFinderPatternsInsideItsQuietZone)
{
    const QrCode code(QStringLiteral("https://example.invalid/feedback?t=SR-000042"));
    ASSERT_FALSE(code.isNull());
    EXPECT_EQ((code.width() - 17) % 4, 0) << "a QR code is 17 + 4n modules wide";
    const int last = code.width() - 1;
    for (const auto& [x, y] : {std::pair{0, 0}, std::pair{last, 0}, std::pair{0, last}})
        EXPECT_TRUE(code.isDark(x, y)) << "finder pattern corner at " << x << "," << y;
    EXPECT_FALSE(code.isDark(last, last)) << "no finder pattern in the fourth corner";
    EXPECT_FALSE(code.isDark(-1, 0));

    const QImage image = code.toImage(3, 4);
    ASSERT_EQ(image.width(), (code.width() + 8) * 3);
    EXPECT_EQ(image.pixelColor(0, 0), QColor(Qt::white)) << "quiet zone";
    EXPECT_EQ(image.pixelColor(4 * 3, 4 * 3), QColor(Qt::black)) << "the code's first module";
}

TEST(QrCode, TerminalTextDrawsTwoModuleRowsPerLine)
{
    const QrCode code(QStringLiteral("2@token,1"), QrCode::Correction::Low);
    ASSERT_FALSE(code.isNull());
    const QStringList lines = code.toTerminalText(3).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const int side = code.width() + 6;
    EXPECT_EQ(lines.size(), (side + 1) / 2);
    EXPECT_EQ(lines.first(), QString(side, QChar(0x2588))) << "the quiet zone is light";
    EXPECT_EQ(lines.at(1).at(3), QChar(0x2580))
        << "top: the quiet zone's last (light) row; bottom: the dark finder";
    EXPECT_EQ(lines.at(2).at(3), QLatin1Char(' ')) << "both rows in the dark finder pattern";
}

TEST(QrCode, TooLongOrEmptyTextIsNull)
{
    EXPECT_TRUE(QrCode(QString()).isNull());
    EXPECT_TRUE(QrCode(QString(4000, QLatin1Char('x'))).isNull());
    EXPECT_TRUE(QrCode(QString(4000, QLatin1Char('x'))).toImage(4).isNull());
    EXPECT_TRUE(QrCode(QString(4000, QLatin1Char('x'))).toTerminalText().isEmpty());
}
