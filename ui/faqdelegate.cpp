#include "faqdelegate.h"

#include "app/models/faqresultsmodel.h"
#include "labels.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QTextLayout>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Guichet::Ui {

QSize FaqDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return { 200, metrics.height() * 2 + 12 };
}

void FaqDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor ink = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QFontMetrics metrics(opt.font);
    const QRect r = opt.rect.adjusted(6, 4, -6, -4);
    const int line = metrics.height();

    painter->save();
    // The question, elided, with the matched words in bold and underlined.
    // The language of the text when it is not the one searched in; and, when the citizen's
    // language is missing, that the text needs translating.
    QString question = index.data(FaqResultsModel::QuestionRole).toString();
    const auto shown = index.data(FaqResultsModel::LanguageRole).value<Language>();
    const auto *model = qobject_cast<const FaqResultsModel *>(index.model());
    if (index.data(FaqResultsModel::NeedsTranslationRole).toBool()) {
        question = tr("[%1, to translate] ", "language of the FAQ text, e.g. [FR, to translate]")
                       .arg(wireName(shown).toUpper())
            + question;
    } else if (model && shown != model->language()) {
        question = u"[%1] "_s.arg(wireName(shown).toUpper()) + question;
    }
    const qsizetype shift =
        question.size() - index.data(FaqResultsModel::QuestionRole).toString().size();
    QTextLayout layout(question, opt.font);
    QList<QTextLayout::FormatRange> formats;
    for (const FaqSpan &span :
         index.data(FaqResultsModel::QuestionHighlightsRole).value<QList<FaqSpan>>()) {
        QTextLayout::FormatRange range;
        range.start = int(span.start + shift);
        range.length = int(span.length);
        range.format.setFontWeight(QFont::Bold);
        range.format.setFontUnderline(true);
        formats.append(range);
    }
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine textLine = layout.createLine();
    textLine.setLineWidth(r.width());
    layout.endLayout();
    painter->setPen(ink);
    painter->setClipRect(QRect(r.left(), r.top(), r.width(), line));
    layout.draw(painter, r.topLeft());
    painter->setClipping(false);

    QColor dim = ink;
    dim.setAlphaF(0.7f);
    painter->setPen(dim);
    const QString answer = index.data(FaqResultsModel::AnswerRole).toString().simplified();
    painter->drawText(QRect(r.left(), r.top() + line + 2, r.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(answer, Qt::ElideRight, r.width()));
    painter->restore();
}

bool FaqDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                            const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const QString text = index.data(Qt::ToolTipRole).toString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPos(), Labels::plainToolTip(text), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace Guichet::Ui
