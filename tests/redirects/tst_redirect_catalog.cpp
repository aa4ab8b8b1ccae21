// The redirect catalog: the built-in definitions are complete in every language,
// validation refuses each kind of mistake with the field that carries it, and
// the language fallbacks hold. The same validation guards the redirects.updated event.
#include "app/redirects/redirectcatalog.h"
#include "app/store/keyvault.h"
#include "app/store/store.h"
#include "protocol/codec.h"
#include "resources/redirectresources.h"
#include "tests/testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Guichet;

namespace {

const QList<Language> kLanguages = allValues<Language>();

QJsonObject builtInObject()
{
    QFile file(Resources::redirectDefinitions());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

//! The built-in document with one definition changed by @p edit.
QJsonObject withDefinition(int index, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject document = builtInObject();
    QJsonArray redirects = document.value(u"redirects"_s).toArray();
    QJsonObject definition = redirects[index].toObject();
    edit(definition);
    redirects[index] = definition;
    document.insert(u"redirects"_s, redirects);
    return document;
}

//! Sets document[first][second] (two levels of objects) to @p value, or removes it when undefined.
void setNested(QJsonObject &object, const QString &first, const QString &second,
               const QJsonValue &value)
{
    QJsonObject inner = object.value(first).toObject();
    if (value.isUndefined())
        inner.remove(second);
    else
        inner.insert(second, value);
    object.insert(first, inner);
}

//! For QVERIFY2, which evaluates its message even when the check passes.
template<typename T>
QByteArray describe(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

int indexOf(RedirectTarget target)
{
    return int(allValues<RedirectTarget>().indexOf(target));
}

} // namespace

class TestRedirectCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInIsComplete();
    void builtInIsCompleteInEveryLanguage();
    void builtInAddresses();
    void emergencyTextInEveryLanguage();
    void aliases();
    void malformedDocuments_data();
    void malformedDocuments();
    void roundTrip();
    void fallbacks();
    void emptyCatalog();
    void fromStore();
    void eventDataIsValidatedTheSameWay();

private:
};

void TestRedirectCatalog::builtInIsComplete()
{
    const RedirectCatalog catalog = RedirectCatalog::builtIn();
    QVERIFY(!catalog.isEmpty());
    QVERIFY(catalog.version() >= 1);
    const QList<RedirectTarget> expected { RedirectTarget::Pharos, RedirectTarget::Perceval,
                                           RedirectTarget::These, RedirectTarget::PlainteEnLigne,
                                           RedirectTarget::Brigade };
    QCOMPARE(catalog.targets(), expected);
    // The file itself passes validation (builtIn() would be empty otherwise, with a log).
    const auto parsed = RedirectCatalog::fromJson(toBytes(builtInObject()));
    QVERIFY2(parsed.ok(), describe(parsed).constData());
}

void TestRedirectCatalog::builtInIsCompleteInEveryLanguage()
{
    const RedirectCatalog catalog = RedirectCatalog::builtIn();
    auto definitions = RedirectDefinitions::fromJson(builtInObject());
    QVERIFY(definitions.ok());
    for (const RedirectTarget target : catalog.targets()) {
        const RedirectDefinition *definition = definitions->find(target);
        QVERIFY(definition);
        // Every language written out, not left to the fallback.
        QCOMPARE(definition->text.keys(), kLanguages);
        QVERIFY(definition->title.contains(Language::Fr)
                && definition->title.contains(Language::En));
        QVERIFY(definition->checklist.contains(Language::Fr)
                && definition->checklist.contains(Language::En));
        QSet<QString> texts;
        for (const Language citizen : kLanguages) {
            for (const QString &ui : { u"fr"_s, u"en"_s }) {
                const auto redirect = catalog.redirect(target, citizen, ui);
                QVERIFY(redirect);
                QCOMPARE(redirect->target, target);
                QVERIFY(!redirect->title.isEmpty());
                QCOMPARE(redirect->title,
                         definition->title.value(ui == u"fr"_s ? Language::Fr : Language::En));
                QCOMPARE(redirect->url.scheme(), u"https"_s);
                QVERIFY(!redirect->url.host().isEmpty());
                QVERIFY(redirect->checklist.size() >= 2);
                QVERIFY(redirect->text.contains(redirect->url.toString()));
                QVERIFY(!redirect->text.contains(u"{url}"_s));
                QVERIFY(redirect->text.size() <= kMaxRedirectTextChars);
                texts.insert(redirect->text);
            }
            QVERIFY(catalog.redirect(target, citizen, u"fr"_s)->checklist
                    != catalog.redirect(target, citizen, u"en"_s)->checklist);
        }
        QCOMPARE(texts.size(), kLanguages.size()); // one text per language, none shared
    }
}

void TestRedirectCatalog::builtInAddresses()
{
    const RedirectCatalog catalog = RedirectCatalog::builtIn();
    const auto url = [&](RedirectTarget target) {
        return catalog.redirect(target, Language::Fr, u"fr"_s)->url.toString();
    };
    QCOMPARE(url(RedirectTarget::Pharos), u"https://www.internet-signalement.gouv.fr"_s);
    QCOMPARE(url(RedirectTarget::Perceval),
             u"https://www.service-public.fr/particuliers/vosdroits/R46526"_s);
    QCOMPARE(url(RedirectTarget::These),
             u"https://www.service-public.fr/particuliers/vosdroits/R60077"_s);
    QCOMPARE(url(RedirectTarget::PlainteEnLigne), u"https://www.masecurite.interieur.gouv.fr"_s);
    QCOMPARE(url(RedirectTarget::Brigade),
             u"https://www.gendarmerie.interieur.gouv.fr/a-votre-contact"_s);
}

void TestRedirectCatalog::emergencyTextInEveryLanguage()
{
    const RedirectCatalog catalog = RedirectCatalog::builtIn();
    QSet<QString> texts;
    for (const Language lang : kLanguages) {
        const QString text = catalog.emergencyText(lang);
        for (const QString &number : { u"17"_s, u"112"_s, u"114"_s })
            QVERIFY2(text.contains(number), qPrintable(wireName(lang) + u": "_s + number));
        QVERIFY(text.contains(u"SMS"_s));
        texts.insert(text);
    }
    QCOMPARE(texts.size(), kLanguages.size());
}

void TestRedirectCatalog::aliases()
{
    const RedirectCatalog catalog = RedirectCatalog::builtIn();
    for (const QString &typed :
         { u"pré-plainte"_s, u"pre-plainte"_s, u"plainte-en-ligne"_s, u"Plainte en ligne"_s }) {
        const auto target = parseRedirectTarget(typed);
        QCOMPARE(target, std::optional(RedirectTarget::PlainteEnLigne));
        QVERIFY(catalog.redirect(*target, Language::Fr, u"fr"_s));
    }
    QCOMPARE(parseRedirectTarget(u"Thésée"), std::optional(RedirectTarget::These));

    // Every alias in the file names its own target.
    auto definitions = RedirectDefinitions::fromJson(builtInObject());
    QVERIFY(definitions.ok());
    const RedirectDefinition *plainte = definitions->find(RedirectTarget::PlainteEnLigne);
    QVERIFY(plainte->aliases.contains(u"pré-plainte"_s));
    QVERIFY(plainte->aliases.contains(u"pre-plainte"_s));
    for (const RedirectDefinition &definition : definitions->redirects) {
        for (const QString &alias : definition.aliases)
            QCOMPARE(parseRedirectTarget(alias), std::optional(definition.target));
    }

    // A file may spell a target the way agents type it; it is written back canonically.
    const QJsonObject spelled =
        withDefinition(indexOf(RedirectTarget::PlainteEnLigne),
                       [](QJsonObject &d) { d.insert(u"target"_s, u"plainte-en-ligne"_s); });
    auto parsed = RedirectCatalog::fromJson(toBytes(spelled));
    QVERIFY(parsed.ok());
    QVERIFY(parsed->redirect(RedirectTarget::PlainteEnLigne, Language::Es, u"en"_s));
    QVERIFY(parsed->toJson().contains("\"plainte_en_ligne\""));
}

void TestRedirectCatalog::malformedDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message"); // a part of it

    const int pharos = indexOf(RedirectTarget::Pharos);
    const int plainte = indexOf(RedirectTarget::PlainteEnLigne);
    const auto row = [](const char *name, const QJsonObject &document, ErrorCode code,
                        const QString &field, const QString &message = {}) {
        QTest::newRow(name) << toBytes(document) << code << field << message;
    };

    QTest::newRow("not JSON") << QByteArray("{\"version\": 1,") << ErrorCode::MalformedJson
                              << QString() << QString();
    QTest::newRow("not an object")
        << QByteArray("[1, 2]") << ErrorCode::NotAnObject << QString() << QString();
    {
        QJsonObject document = builtInObject();
        document.remove(u"version"_s);
        row("no version", document, ErrorCode::MissingField, u"version"_s);
    }
    {
        QJsonObject document = builtInObject();
        document.insert(u"version"_s, -1);
        row("negative version", document, ErrorCode::InvalidValue, u"version"_s);
    }
    {
        QJsonObject document = builtInObject();
        document.remove(u"redirects"_s);
        row("no redirects", document, ErrorCode::MissingField, u"redirects"_s);
    }
    row("no target field", withDefinition(pharos, [](QJsonObject &d) { d.remove(u"target"_s); }),
        ErrorCode::MissingField, u"redirects[0].target"_s);
    row("unknown target",
        withDefinition(pharos, [](QJsonObject &d) { d.insert(u"target"_s, u"interpol"_s); }),
        ErrorCode::InvalidValue, u"redirects[0].target"_s, u"unknown target \"interpol\""_s);
    row("same target twice",
        withDefinition(1, [](QJsonObject &d) { d.insert(u"target"_s, u"pharos"_s); }),
        ErrorCode::InvalidValue, u"redirects[1].target"_s, u"second definition of pharos"_s);
    {
        QJsonObject document = builtInObject();
        QJsonArray redirects = document.value(u"redirects"_s).toArray();
        redirects.removeAt(indexOf(RedirectTarget::These));
        document.insert(u"redirects"_s, redirects);
        row("a target missing", document, ErrorCode::MissingField, u"redirects"_s,
            u"no definition of these"_s);
    }
    {
        QJsonObject document = builtInObject();
        QJsonArray redirects = document.value(u"redirects"_s).toArray();
        redirects[2] = u"these"_s;
        document.insert(u"redirects"_s, redirects);
        row("definition not an object", document, ErrorCode::WrongType, u"redirects[2]"_s);
    }
    row("http address",
        withDefinition(pharos,
                       [](QJsonObject &d) {
                           d.insert(u"url"_s, u"http://www.internet-signalement.gouv.fr"_s);
                       }),
        ErrorCode::InvalidValue, u"redirects[0].url"_s, u"https://"_s);
    row("javascript address",
        withDefinition(pharos,
                       [](QJsonObject &d) { d.insert(u"url"_s, u"javascript:alert(1)"_s); }),
        ErrorCode::InvalidValue, u"redirects[0].url"_s);
    row("relative address",
        withDefinition(pharos, [](QJsonObject &d) { d.insert(u"url"_s, u"/a-votre-contact"_s); }),
        ErrorCode::InvalidValue, u"redirects[0].url"_s, u"not a valid address"_s);
    row("no address", withDefinition(pharos, [](QJsonObject &d) { d.remove(u"url"_s); }),
        ErrorCode::MissingField, u"redirects[0].url"_s);
    row("no French text",
        withDefinition(
            plainte,
            [](QJsonObject &d) { setNested(d, u"text"_s, u"fr"_s, QJsonValue::Undefined); }),
        ErrorCode::MissingField, u"redirects[3].text.fr"_s);
    row("text without the address",
        withDefinition(pharos,
                       [](QJsonObject &d) {
                           setNested(d, u"text"_s, u"de"_s,
                                     u"Melden Sie es unter www.internet-signalement.gouv.fr"_s);
                       }),
        ErrorCode::InvalidValue, u"redirects[0].text.de"_s, u"{url}"_s);
    row("text too long",
        withDefinition(pharos,
                       [](QJsonObject &d) {
                           setNested(d, u"text"_s, u"it"_s,
                                     QString(QString(1990, u'a') + u" {url}"_s));
                       }),
        ErrorCode::TextTooLong, u"redirects[0].text.it"_s);
    row("unknown language",
        withDefinition(pharos,
                       [](QJsonObject &d) { setNested(d, u"text"_s, u"pt"_s, u"Veja {url}"_s); }),
        ErrorCode::InvalidValue, u"redirects[0].text.pt"_s, u"unknown language"_s);
    row("no French title",
        withDefinition(
            pharos,
            [](QJsonObject &d) { setNested(d, u"title"_s, u"fr"_s, QJsonValue::Undefined); }),
        ErrorCode::MissingField, u"redirects[0].title.fr"_s);
    row("empty checklist",
        withDefinition(pharos,
                       [](QJsonObject &d) { setNested(d, u"checklist"_s, u"fr"_s, QJsonArray()); }),
        ErrorCode::InvalidValue, u"redirects[0].checklist.fr"_s);
    row("checklist item not text",
        withDefinition(pharos,
                       [](QJsonObject &d) {
                           setNested(d, u"checklist"_s, u"en"_s, QJsonArray { u"public"_s, 3 });
                       }),
        ErrorCode::InvalidValue, u"redirects[0].checklist.en[1]"_s);
    row("alias of another target",
        withDefinition(
            plainte, [](QJsonObject &d) { d.insert(u"aliases"_s, QJsonArray { u"perceval"_s }); }),
        ErrorCode::InvalidValue, u"redirects[3].aliases"_s);
    {
        QJsonObject document = builtInObject();
        setNested(document, u"emergency"_s, u"text"_s,
                  QJsonObject { { u"fr"_s, u"Appelez le 17 ou envoyez un SMS au 114."_s } });
        row("emergency without 112", document, ErrorCode::InvalidValue, u"emergency.text.fr"_s,
            u"17, 112 and 114"_s);
    }
    {
        QJsonObject document = builtInObject();
        QJsonObject texts = document.value(u"emergency"_s).toObject().value(u"text"_s).toObject();
        texts.remove(u"fr"_s);
        setNested(document, u"emergency"_s, u"text"_s, texts);
        row("emergency without French", document, ErrorCode::MissingField, u"emergency.text.fr"_s);
    }
    {
        QJsonObject document = builtInObject();
        document.remove(u"emergency"_s);
        row("no emergency", document, ErrorCode::MissingField, u"emergency"_s);
    }
    {
        QJsonObject document = builtInObject();
        document.insert(u"notes"_s, QString(200 * 1024, u'x'));
        row("too large", document, ErrorCode::FrameTooLarge, QString());
    }
}

void TestRedirectCatalog::malformedDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto parsed = RedirectCatalog::fromJson(json);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, code);
    QCOMPARE(parsed.error().field, field);
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

void TestRedirectCatalog::roundTrip()
{
    const RedirectCatalog catalog = RedirectCatalog::builtIn();
    auto again = RedirectCatalog::fromJson(catalog.toJson());
    QVERIFY(again.ok());
    QCOMPARE(again->toJson(), catalog.toJson());
    QCOMPARE(again->version(), catalog.version());
    // Unknown fields are ignored, like everywhere in the protocol.
    QJsonObject document = builtInObject();
    document.insert(u"comment"_s, u"reviewed by the BNum"_s);
    QVERIFY(RedirectCatalog::fromJson(toBytes(document)).ok());
}

void TestRedirectCatalog::fallbacks()
{
    const int pharos = indexOf(RedirectTarget::Pharos);
    QJsonObject document = withDefinition(pharos, [](QJsonObject &d) {
        d.insert(u"text"_s,
                 QJsonObject { { u"fr"_s, u"Signalez-le : {url}"_s },
                               { u"en"_s, u"Report it: {url}"_s } });
        d.insert(u"title"_s, QJsonObject { { u"fr"_s, u"Pharos (fr)"_s } });
        d.insert(u"checklist"_s,
                 QJsonObject { { u"fr"_s, QJsonArray { u"public"_s } },
                               { u"en"_s, QJsonArray { u"public (en)"_s } } });
    });
    setNested(document, u"emergency"_s, u"text"_s,
              QJsonObject { { u"fr"_s, u"Urgence : 17, 112, SMS 114."_s },
                            { u"es"_s, u"Emergencia: 17, 112, SMS 114."_s } });
    auto catalog = RedirectCatalog::fromJson(toBytes(document));
    QVERIFY2(catalog.ok(), describe(catalog).constData());
    const QString url = u"https://www.internet-signalement.gouv.fr"_s;

    // The citizen's language when written, else French (never English first).
    QCOMPARE(catalog->redirect(RedirectTarget::Pharos, Language::En, u"fr"_s)->text,
             u"Report it: "_s + url);
    QCOMPARE(catalog->redirect(RedirectTarget::Pharos, Language::De, u"fr"_s)->text,
             u"Signalez-le : "_s + url);
    // The agent's UI language when written, else French; locale names are understood.
    QCOMPARE(catalog->redirect(RedirectTarget::Pharos, Language::Fr, u"en"_s)->title,
             u"Pharos (fr)"_s);
    QCOMPARE(catalog->redirect(RedirectTarget::Pharos, Language::Fr, u"en_GB"_s)->checklist,
             QStringList { u"public (en)"_s });
    QCOMPARE(catalog->redirect(RedirectTarget::Pharos, Language::Fr, u"en-US"_s)->checklist,
             QStringList { u"public (en)"_s });
    QCOMPARE(catalog->redirect(RedirectTarget::Pharos, Language::Fr, u"de"_s)->checklist,
             QStringList { u"public"_s });
    QCOMPARE(catalog->redirect(RedirectTarget::Pharos, Language::Fr, QString())->checklist,
             QStringList { u"public"_s });
    // Other targets keep their own texts.
    QVERIFY(catalog->redirect(RedirectTarget::Perceval, Language::De, u"fr"_s)
                ->text.contains(u"Bankkarte"_s));

    QCOMPARE(catalog->emergencyText(Language::Es), u"Emergencia: 17, 112, SMS 114."_s);
    QCOMPARE(catalog->emergencyText(Language::It), u"Urgence : 17, 112, SMS 114."_s);

    // The English fallback comes after French: only reachable from the definition itself.
    RedirectDefinition definition;
    definition.url = QUrl(url);
    definition.text.insert(Language::En, u"Report it: {url}"_s);
    QCOMPARE(definition.citizenText(Language::It), u"Report it: "_s + url);
}

void TestRedirectCatalog::emptyCatalog()
{
    const RedirectCatalog empty;
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.version(), qint64(0));
    QVERIFY(empty.targets().isEmpty());
    QVERIFY(!empty.redirect(RedirectTarget::Pharos, Language::Fr, u"fr"_s));
    QVERIFY(empty.emergencyText(Language::Fr).isEmpty());
}

void TestRedirectCatalog::fromStore()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"c.db"_s), { CacheKey::generate().bytes(), 0 }, true);
    QVERIFY(db.ok());
    auto opened = Store::open(std::move(*db));
    QVERIFY(opened.ok());
    Store &store = **opened;

    // Nothing from the server yet: the built-in definitions.
    QCOMPARE(RedirectCatalog::fromStore(store).toJson(), RedirectCatalog::builtIn().toJson());

    // The server's copy wins.
    QJsonObject document = withDefinition(indexOf(RedirectTarget::Perceval), [](QJsonObject &d) {
        d.insert(u"url"_s, u"https://www.service-public.gouv.fr/perceval"_s);
    });
    document.insert(u"version"_s, 7);
    QVERIFY(store.setSetting(u"redirects"_s, toBytes(document)).ok());
    const RedirectCatalog cached = RedirectCatalog::fromStore(store);
    QCOMPARE(cached.version(), qint64(7));
    const auto perceval = cached.redirect(RedirectTarget::Perceval, Language::It, u"fr"_s);
    QCOMPARE(perceval->url, QUrl(u"https://www.service-public.gouv.fr/perceval"_s));
    QVERIFY(perceval->text.contains(u"https://www.service-public.gouv.fr/perceval"_s));

    // A damaged copy is not trusted: back to the built-in definitions.
    QVERIFY(store.setSetting(u"redirects"_s, "{\"version\": 8}").ok());
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"cached redirect definitions are invalid"_s));
    QCOMPARE(RedirectCatalog::fromStore(store).version(), RedirectCatalog::builtIn().version());
}

void TestRedirectCatalog::eventDataIsValidatedTheSameWay()
{
    const QJsonObject good = builtInObject();
    QVERIFY(Protocol::validateEventData(EventKind::RedirectsUpdated, { { u"definitions"_s, good } })
                .ok());

    const QJsonObject bad = withDefinition(indexOf(RedirectTarget::Brigade), [](QJsonObject &d) {
        d.insert(u"url"_s, u"http://www.gendarmerie.interieur.gouv.fr"_s);
    });
    const auto refused =
        Protocol::validateEventData(EventKind::RedirectsUpdated, { { u"definitions"_s, bad } });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"data.definitions.redirects[4].url"_s);

    const auto missing = Protocol::validateEventData(EventKind::RedirectsUpdated, {});
    QCOMPARE(missing.error().code, ErrorCode::MissingField);
    QCOMPARE(missing.error().field, u"data.definitions"_s);

    // A whole event frame, as the server sends it, decodes.
    const QByteArray frame =
        "{\"type\":\"event\",\"seq\":3,\"kind\":\"redirects.updated\",\"at\":1,"
        "\"data\":{\"definitions\":"
        + toBytes(good) + "}}";
    QVERIFY(frame.size() < 256 * 1024);
    const auto decoded = Protocol::decodeAgentFrame(frame);
    QVERIFY2(decoded.ok(), describe(decoded).constData());
}

QTEST_GUILESS_MAIN(TestRedirectCatalog)
#include "tst_redirect_catalog.moc"
