// app/AfterFirstPaint: the window comes first, the work (the WhatsApp session's start, QtWebEngine's warm-up)
// right after it is on screen; a window that never paints still gets it, a deleted one never does.
#include "app/AfterFirstPaint.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QTest>
#include <QWidget>
#include <gtest/gtest.h>

namespace {

// Notes whether its widget has painted yet.
class PaintSeen : public QObject
{
public:
    explicit PaintSeen(QWidget* widget) { widget->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

TEST(AfterFirstPaintTest, RunsOnceTheWindowHasPaintedNotBefore)
{
    QWidget window;
    window.resize(300, 200);
    PaintSeen seen(&window); // installed first: sees the paint before the watcher does
    int runs = 0;
    bool paintedFirst = false;
    fd::runAfterFirstPaint(&window, 60000, [&] {
        ++runs;
        paintedFirst = seen.painted;
    });
    window.show();
    EXPECT_EQ(runs, 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return runs > 0; }, 20000));
    EXPECT_TRUE(paintedFirst);
    window.update(); // later paints run nothing again
    QTest::qWait(100);
    EXPECT_EQ(runs, 1);
}

TEST(AfterFirstPaintTest, AWindowThatNeverPaintsGetsTheWorkAfterTheLatestTime)
{
    QWidget window; // never shown, as a window started minimised is not painted
    int runs = 0;
    fd::runAfterFirstPaint(&window, 50, [&] { ++runs; });
    EXPECT_EQ(runs, 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return runs > 0; }, 20000));
    QTest::qWait(100);
    EXPECT_EQ(runs, 1);
}

TEST(AfterFirstPaintTest, NothingRunsForAWindowDeletedFirst)
{
    auto* window = new QWidget;
    bool ran = false;
    fd::runAfterFirstPaint(window, 20, [&] { ran = true; });
    delete window;
    QTest::qWait(200);
    EXPECT_FALSE(ran);
}

} // namespace
