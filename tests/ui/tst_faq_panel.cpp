// The FAQ panel's two languages: the agent searches in the language they type (chosen, or
// detected) and the entry goes to the citizen in the citizen's language when it exists in it,
// else in French, marked as needing translation. Driven with keys, on a base of its own.
#include "app/faq/faqindex.h"
#include "app/models/workstation.h"
#include "ui/faqpanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace Guichet;

namespace {

FaqEntry entry(const QString &id, Language lang, const QString &question, const QString &answer)
{
    return FaqEntry { id, lang, question, answer, {}, {} };
}

} // namespace

class TestFaqPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void answersInTheCitizensLanguage();
    void frenchTextIsMarkedForTranslation();
    void searchLanguageIsDetectedOrChosen();

private:
    Workstation m_workstation;
    std::unique_ptr<FaqIndex> m_index;
    std::unique_ptr<Ui::FaqPanel> m_panel;
};

void TestFaqPanel::initTestCase()
{
    m_index = std::make_unique<FaqIndex>(QList<FaqEntry> {
        entry(u"bike"_s, Language::Fr, u"On m'a volé mon vélo"_s,
              u"Déposez plainte avec le numéro de marquage."_s),
        entry(u"bike"_s, Language::It, u"Mi hanno rubato la bicicletta"_s,
              u"Sporga denuncia con il numero di marcatura."_s),
        entry(u"pharos"_s, Language::Fr, u"Signaler un contenu illicite sur Pharos"_s,
              u"Pharos reçoit les signalements de contenus illicites."_s),
    });
    m_panel = std::make_unique<Ui::FaqPanel>(&m_workstation);
    m_panel->model()->setIndex(m_index.get());
    m_panel->show();
    // An Italian citizen; the agent types in French.
    m_panel->suggestFor(QString(), Language::It);
    QCOMPARE(m_panel->answerLanguage(), Language::It);
    m_panel->setLanguage(Language::Fr);
}

void TestFaqPanel::answersInTheCitizensLanguage()
{
    QSignalSpy chosen(m_panel.get(), &Ui::FaqPanel::answerChosen);
    m_panel->searchBox()->clear();
    QTest::keyClicks(m_panel->searchBox(), u"velo vole "_s);
    FaqResultsModel *model = m_panel->model();
    QVERIFY(model->rowCount() > 0);
    const QModelIndex first = model->index(0);
    QCOMPARE(first.data(FaqResultsModel::IdRole).toString(), u"bike"_s);
    // Found in French, given in Italian.
    QCOMPARE(first.data(FaqResultsModel::FoundLanguageRole).value<Language>(), Language::Fr);
    QCOMPARE(first.data(FaqResultsModel::LanguageRole).value<Language>(), Language::It);
    QVERIFY(!first.data(FaqResultsModel::NeedsTranslationRole).toBool());
    QVERIFY(m_panel->preview()->toPlainText().contains(u"bicicletta"_s));
    QTest::keyClick(m_panel->searchBox(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QVERIFY(chosen.at(0).at(0).toString().startsWith(u"Sporga denuncia"_s));
    QCOMPARE(chosen.at(0).at(1).value<Language>(), Language::It);
}

void TestFaqPanel::frenchTextIsMarkedForTranslation()
{
    QSignalSpy chosen(m_panel.get(), &Ui::FaqPanel::answerChosen);
    m_panel->searchBox()->clear();
    QTest::keyClicks(m_panel->searchBox(), u"signaler contenu pharos"_s);
    const QModelIndex first = m_panel->model()->index(0);
    QCOMPARE(first.data(FaqResultsModel::IdRole).toString(), u"pharos"_s);
    QCOMPARE(first.data(FaqResultsModel::LanguageRole).value<Language>(), Language::Fr);
    QVERIFY(first.data(FaqResultsModel::NeedsTranslationRole).toBool());
    // Said in the preview, before anything is inserted.
    QVERIFY2(m_panel->preview()->toPlainText().contains(u"Translate it before sending"_s),
             qPrintable(m_panel->preview()->toPlainText()));
    QTest::keyClick(m_panel->searchBox(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QVERIFY(chosen.at(0).at(0).toString().startsWith(u"Pharos reçoit"_s));
    // The conversation learns the text is French, not the citizen's Italian.
    QCOMPARE(chosen.at(0).at(1).value<Language>(), Language::Fr);
}

void TestFaqPanel::searchLanguageIsDetectedOrChosen()
{
    // Chosen: the box says so.
    QCOMPARE(m_panel->language(), Language::Fr);
    // Detected (the workstation's own base, the one shipped, once opened; here, with no
    // base, the citizen's language wins the tie).
    m_panel->setLanguage(std::nullopt);
    QCOMPARE(m_panel->languageBox()->currentData().toInt(), -1);
    m_panel->searchBox()->clear();
    QTest::keyClicks(m_panel->searchBox(), u"bicicletta"_s);
    QCOMPARE(m_panel->language(), Language::It);
    QVERIFY(m_panel->languageBox()->currentText().contains(u"IT"_s));
}

QTEST_MAIN(TestFaqPanel)
#include "tst_faq_panel.moc"
