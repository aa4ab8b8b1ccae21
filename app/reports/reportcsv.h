#pragma once

#include <QDate>
#include <QJsonObject>
#include <QSaveFile>
#include <QString>

namespace Guichet::Reports {

//! The `report` command's period for whole days, in this machine's time zone: from
//! @p first's midnight to the midnight after @p last (ms since the epoch).
std::pair<qint64, qint64> reportPeriod(QDate first, QDate last);

//! The supervisors' report (`report` command pages) written as CSV: a header line,
//! then one line per conversation (docs/supervision.md). The file is written whole
//! (QSaveFile) or not at all.
class ReportCsvWriter
{
public:
    explicit ReportCsvWriter(const QString &path);

    //! Open the file and write the header; false with errorString() when it cannot.
    bool open();
    //! Append the rows of one `report` page.
    void addPage(const QJsonObject &page);
    //! Keep the file; false with errorString() when it cannot be written.
    bool commit();
    //! Drop what was written.
    void cancel();

    qint64 rows() const { return m_rows; }
    QString errorString() const { return m_file.errorString(); }

    //! One report row (`report` result's `rows[]` item) as a CSV record.
    static QString record(const QJsonObject &row);
    static QString header();

private:
    QSaveFile m_file;
    qint64 m_rows = 0;
};

} // namespace Guichet::Reports
