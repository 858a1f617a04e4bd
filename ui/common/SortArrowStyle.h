#pragma once

#include <QProxyStyle>

class QHeaderView;

namespace fd {

// QHeaderView hands the style "SortDown" for ascending order and "SortUp" for descending, and Fusion draws
// them as such, so the log's newest-first list showed an arrow pointing up. This style draws the arrow the
// way people read it (Windows Explorer, Finder): up for smallest/oldest first, down for largest/newest first.
class SortArrowStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;

    // Gives `header` this style (owned by the header).
    static void use(QHeaderView* header);
};

} // namespace fd
