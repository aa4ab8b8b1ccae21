#include "reportcsv.h"

#include "csv.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Guichet::Reports {

namespace {

//! A timestamp in the report: local time with its offset, empty when none.
QString reportTime(const QJsonValue &ms)
{
    if (ms.isUndefined() || ms.isNull() || ms.toInteger() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toInteger(), QTimeZone::systemTimeZone())
        .toString(Qt::ISODate);
}

} // namespace

std::pair<qint64, qint64> reportPeriod(QDate first, QDate last)
{
    return { first.startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch(),
             last.addDays(1).startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch() };
}

ReportCsvWriter::ReportCsvWriter(const QString &path)
    : m_file(path)
{ }

QString ReportCsvWriter::header()
{
    return csvRecord({ u"channel"_s, u"language"_s, u"opened"_s, u"first_response"_s, u"closed"_s,
                       u"outcome"_s, u"agent"_s, u"rating"_s });
}

QString ReportCsvWriter::record(const QJsonObject &r)
{
    const int rating = int(r.value(u"rating"_s).toInteger());
    return csvRecord(
        { csvText(r.value(u"channel"_s).toString()), csvText(r.value(u"lang"_s).toString()),
          csvPlain(reportTime(r.value(u"opened"_s))),
          csvPlain(reportTime(r.value(u"firstResponse"_s))),
          csvPlain(reportTime(r.value(u"closed"_s))), csvText(r.value(u"outcome"_s).toString()),
          csvText(r.value(u"agent"_s).toString()), rating ? QString::number(rating) : QString() });
}

bool ReportCsvWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return false;
    m_file.write(header().toUtf8());
    return true;
}

void ReportCsvWriter::addPage(const QJsonObject &page)
{
    for (const QJsonValue &value : page.value(u"rows"_s).toArray()) {
        m_file.write(record(value.toObject()).toUtf8());
        ++m_rows;
    }
}

bool ReportCsvWriter::commit()
{
    return m_file.commit();
}

void ReportCsvWriter::cancel()
{
    m_file.cancelWriting();
}

} // namespace Guichet::Reports
