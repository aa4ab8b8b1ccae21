#pragma once

// The labelled triage set (tests/data/triage/triage.jsonl) and its figures, for
// the held-back test (tst_triage_eval) and scripts/bench triage. Header-only:
// both link it without a library of its own.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace Guichet::TriageEvaluation {

struct Row
{
    QString id, lang, text, kind, group, split, origin;
    bool emergency = false;
    bool sgbv = false;
};

inline QList<Row> load(const QString &path, QString *error)
{
    QList<Row> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return rows;
    }
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QByteArray bytes = file.readLine().trimmed();
        if (bytes.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        Row r;
        r.id = o.value(QLatin1StringView("id")).toString();
        r.lang = o.value(QLatin1StringView("lang")).toString();
        r.text = o.value(QLatin1StringView("text")).toString();
        r.kind = o.value(QLatin1StringView("kind")).toString();
        r.group = o.value(QLatin1StringView("group")).toString();
        r.split = o.value(QLatin1StringView("split")).toString();
        r.origin = o.value(QLatin1StringView("origin")).toString();
        r.emergency = o.value(QLatin1StringView("emergency")).toBool();
        r.sgbv = o.value(QLatin1StringView("sgbv")).toBool();
        if (r.id.isEmpty() || r.text.isEmpty() || r.split.isEmpty()) {
            *error = QStringLiteral("%1:%2: not a labelled message").arg(path).arg(line);
            return {};
        }
        rows.append(r);
    }
    return rows;
}

struct Decision
{
    bool emergency = false;
    bool sgbv = false;
};

//! Counts of one language (or "all") in one split.
struct Figures
{
    int emergencies = 0, emergenciesFound = 0;
    int others = 0, falseAlarms = 0; //!< messages that are not emergencies, and those flagged
    int sgbv = 0, sgbvFound = 0;
    double recall() const { return emergencies ? double(emergenciesFound) / emergencies : 1; }
    double falseAlarmRate() const { return others ? double(falseAlarms) / others : 0; }
    double sgbvRecall() const { return sgbv ? double(sgbvFound) / sgbv : 1; }
};

//! Figures per language plus "all" for the rows of @p split, each decided by @p decide.
inline QMap<QString, Figures> evaluate(const QList<Row> &rows, const QString &split,
                                       const std::function<Decision(const Row &)> &decide)
{
    QMap<QString, Figures> out;
    for (const Row &r : rows) {
        if (r.split != split)
            continue;
        const Decision d = decide(r);
        for (const QString &key : { r.lang, QStringLiteral("all") }) {
            Figures &f = out[key];
            if (r.emergency) {
                ++f.emergencies;
                f.emergenciesFound += d.emergency;
            } else {
                ++f.others;
                f.falseAlarms += d.emergency;
            }
            if (r.sgbv) {
                ++f.sgbv;
                f.sgbvFound += d.sgbv;
            }
        }
    }
    return out;
}

} // namespace Guichet::TriageEvaluation
