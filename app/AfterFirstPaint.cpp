#include "app/AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace fd {
namespace {

class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget* widget, int latestMs, std::function<void()> work)
        : QObject(widget)
        , m_work(std::move(work))
    {
        widget->installEventFilter(this);
        QTimer::singleShot(latestMs, this, [this] { run(); });
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued: the filter sees the paint before it is done and on screen.
            QTimer::singleShot(0, this, [this] { run(); });
        }
        return false;
    }

private:
    void run()
    {
        if (!m_work)
            return;
        const std::function<void()> work = std::exchange(m_work, nullptr);
        deleteLater();
        work();
    }

    std::function<void()> m_work;
};

} // namespace

void runAfterFirstPaint(QWidget* widget, int latestMs, std::function<void()> work)
{
    new FirstPaintWatcher(widget, latestMs, std::move(work));
}

} // namespace fd
