#include "connectdialog.h"
#include "backgroundtask.h"

#include "formerrors.h"
#include "formparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace g2p {
ConnectDialog::ConnectDialog(
    ServerProfiles *profiles, PasswordVault *vault, const SessionFactory *factory, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_factory(factory), m_vault(vault)
{
    setWindowTitle(tr("Connect to a registry"));
    setMinimumWidth(520);
    m_profile = new QComboBox(this);
    m_profile->setEditable(true);
    nameEditableCombo(m_profile, tr("Server profile"));
    m_profile->setToolTip(tr("Saved servers. Type a new name to save a new profile."));
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(QStringLiteral("https://registry.example.org"));
    m_url->setToolTip(tr("The server's address: G2P Desk finds out whether it speaks the REST contract, "
                         "OpenSPP2's API v2 or Odoo's external API (every OpenG2P 17 / OpenSPP 17 server)."));
    m_url->setAccessibleName(tr("Server address"));
    m_user = new QLineEdit(this);
    m_user->setAccessibleName(tr("User name"));
    m_user->setToolTip(tr("Your user name; on an OpenSPP2 server, the API client's id (client_...)."));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("password, API key or client secret"));
    m_password->setToolTip(
        tr("Your password, or an Odoo API key; on an OpenSPP2 server, the API client's secret."));
    m_remember = new QCheckBox(tr("&Remember the password in the system keyring"), this);
    m_remember->setChecked(true);
    m_advanced = new QWidget(this);
    m_sessionAuth = new QCheckBox(tr("Sign in with an Odoo session (Odoo 15 servers)"), m_advanced);
    m_backend = new QComboBox(m_advanced);
    m_backend->addItem(tr("Find out when connecting"), QStringLiteral("auto"));
    m_backend->addItem(tr("REST contract"), QStringLiteral("rest"));
    m_backend->addItem(tr("Odoo external API (JSON-RPC)"), QStringLiteral("odoo"));
    m_backend->addItem(tr("OpenSPP2 API v2 (OAuth2 client)"), QStringLiteral("spp2"));
    m_backend->setAccessibleName(tr("Server kind"));
    m_database = new QLineEdit(m_advanced);
    m_database->setAccessibleName(tr("Odoo database"));
    m_database->setPlaceholderText(tr("the only one the server has"));
    m_database->setToolTip(tr("Odoo servers may hold several databases; your administrator knows the name."));
    {
        auto *advancedForm = new QFormLayout(m_advanced);
        advancedForm->setContentsMargins(0, 0, 0, 0);
        advancedForm->addRow(tr("Server &kind:"), m_backend);
        advancedForm->addRow(tr("&Database:"), m_database);
        advancedForm->addRow(QString(), m_sessionAuth);
    }
    m_advanced->hide();
    // Another address may speak something else: what a profile found is found again, unless the
    // officer chose a kind under Advanced after typing it.
    connect(m_url, &QLineEdit::textEdited, this, [this] {
        m_backend->setCurrentIndex(0);
        m_database->clear();
    });
    auto *advancedToggle = new QCheckBox(tr("&Advanced"), this);
    connect(advancedToggle, &QCheckBox::toggled, m_advanced, &QWidget::setVisible);
    m_allowHttp = new QCheckBox(tr("Allow an unencrypted connection to this server (http://)"), this);
    m_allowHttp->setToolTip(tr("Your password and every record would cross the network readable by anyone on "
                               "the way. Only when your administrator says this network is private."));
    m_allowHttp->hide();
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        const QUrl u = serverUrl(m_url->text());
        const bool plain = u.isValid() && sendsCredentialsInClear(u);
        m_allowHttp->setVisible(plain);
        if (!plain)
            m_allowHttp->setChecked(false);
    });
    m_urlError = errorLabel(this);
    m_passwordError = errorLabel(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    m_removeProfile = new QPushButton(tr("Remove…"), this);
    m_removeProfile->setToolTip(
        tr("Remove this profile and everything G2P Desk keeps of it on this computer: "
           "the local copy, the outbox, set-aside copies and the saved password"));
    connect(m_removeProfile, &QPushButton::clicked, this, &ConnectDialog::removeProfile);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(m_removeProfile);

    auto *profileLabel = new QLabel(tr("&Profile:"), this); // a row of two: the label needs its buddy said
    profileLabel->setBuddy(m_profile);
    connect(m_profile, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        bool saved = false;
        for (const ServerProfile &p : m_profiles->load())
            saved = saved || p.name == name.trimmed();
        m_removeProfile->setEnabled(saved);
    });
    m_removeProfile->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(profileLabel, profileRow);
    form->addRow(tr("&Server:"), m_url);
    form->addRow(QString(), m_urlError);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_passwordError);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), advancedToggle);
    form->addRow(QString(), m_advanced);
    form->addRow(QString(), m_allowHttp);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::startConnect);
    m_offline = buttons->addButton(tr("Work &offline"), QDialogButtonBox::ActionRole);
    m_offline->setToolTip(tr("Open the local copy of this server's data; changes wait in the outbox and are "
                             "sent when the server answers again"));
    m_offline->hide();
    connect(m_offline, &QPushButton::clicked, this, &ConnectDialog::workOffline);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_profile, &QComboBox::activated, this, &ConnectDialog::profileChosen);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordFromKeyring = false; });
    connect(m_vault, &PasswordVault::readDone, this,
        [this](const QString &key, bool ok, const QString &password, const QString &problem) {
            if (key != keyFor(m_user->text(), serverUrl(m_url->text())))
                return;
            if (!ok) {
                m_status->setText(tr("No system keyring is available (%1). Enter the password: it is kept "
                                     "for this session only and written nowhere.")
                                      .arg(problem));
                m_remember->setChecked(false);
                m_remember->setEnabled(false);
            } else if (!password.isEmpty() && m_password->text().isEmpty()) {
                m_password->setText(password);
                m_passwordFromKeyring = true;
                m_status->setText(tr("Password taken from the system keyring."));
            }
        });
    loadProfiles(m_profiles->lastUsed());
    // Start where the officer starts: the address of a new server, or the password of a saved one.
    if (m_url->text().isEmpty())
        m_url->setFocus();
    else
        m_password->setFocus();
}

ConnectDialog::~ConnectDialog() = default;

QUrl ConnectDialog::serverUrl(const QString &typed)
{
    const QString t = typed.trimmed();
    if (t.isEmpty())
        return QUrl();
    return QUrl(t.contains(QStringLiteral("://")) ? t : QStringLiteral("https://") + t);
}

QString ConnectDialog::keyFor(const QString &user, const QUrl &url)
{
    return user + QLatin1Char('@') + url.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString();
}

void ConnectDialog::loadProfiles(const QString &select)
{
    m_profile->clear();
    for (const ServerProfile &p : m_profiles->load())
        m_profile->addItem(p.name);
    const int i = m_profile->findText(select);
    if (i >= 0) {
        m_profile->setCurrentIndex(i);
        profileChosen(i);
    }
}

void ConnectDialog::profileChosen(int index)
{
    const QString name = m_profile->itemText(index);
    for (const ServerProfile &p : m_profiles->load()) {
        if (p.name != name)
            continue;
        m_url->setText(p.url.toString());
        m_user->setText(p.user);
        m_sessionAuth->setChecked(p.sessionAuth);
        m_allowHttp->setChecked(p.allowPlainHttp);
        m_backend->setCurrentIndex(qMax(0, m_backend->findData(p.backend)));
        m_database->setText(p.database);
        m_trusted = p.trustedFingerprints;
        m_password->clear();
        m_vault->read(keyFor(p.user, p.url));
    }
}

void ConnectDialog::removeProfile()
{
    const QString name = m_profile->currentText().trimmed();
    std::optional<ServerProfile> saved;
    for (const ServerProfile &p : m_profiles->load())
        if (p.name == name)
            saved = p;
    if (!saved) {
        m_status->setText(tr("“%1” is not a saved profile: there is nothing to remove.").arg(name));
        return;
    }
    m_removeProfile->setEnabled(false);
    auto *watcher = new QFutureWatcher<ProfileData>(this);
    connect(watcher, &QFutureWatcher<ProfileData>::finished, this, [this, watcher, profile = *saved] {
        watcher->deleteLater();
        m_removeProfile->setEnabled(true);
        const ProfileData kept = watcher->result();
        const QString title = tr("Remove profile");
        if (kept.inUse) {
            QMessageBox::information(this, title,
                tr("“%1” is open in G2P Desk (this window or another) or in g2p-desk-cli. Close it there "
                   "first; nothing was removed.")
                    .arg(profile.name));
            return;
        }
        QString detail
            = tr("%n file(s), %1 in all: the local copy of the registry, the outbox and copies set "
                 "aside as damaged. The saved password is removed from the system keyring.",
                nullptr, int(kept.files.size()))
                  .arg(QLocale().formattedDataSize(kept.bytes));
        if (kept.unsettledChanges > 0)
            detail += QStringLiteral("\n\n")
                + tr("%n change(s) made here are not confirmed by the server yet and would be lost. Connect "
                     "and send them first (Outbox), unless you are sure.",
                    nullptr, kept.unsettledChanges);
        else if (kept.unsettledChanges < 0)
            detail += QStringLiteral("\n\n")
                + tr("The outbox could not be read: changes not yet sent may be in it and would be lost.");
        QMessageBox box(QMessageBox::Warning, title,
            tr("Remove the profile “%1” (%2 at %3) and everything G2P Desk keeps of it on this computer?")
                .arg(profile.name, profile.user, profile.url.host()),
            QMessageBox::Cancel, this);
        box.setInformativeText(detail);
        QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("confirmRemoveProfile"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != remove)
            return;
        QString error;
        if (!removeLocalData(profile, &error)) {
            QMessageBox::warning(this, title,
                tr("The local data of “%1” could not be removed (%2). The profile was kept.")
                    .arg(profile.name, error));
            return;
        }
        m_profiles->remove(profile.name);
        m_vault->remove(keyFor(profile.user, profile.url));
        m_url->clear();
        m_user->clear();
        m_password->clear();
        m_trusted.clear();
        loadProfiles(m_profiles->lastUsed());
        m_status->setText(
            tr("The profile “%1” and everything it kept on this computer were removed.").arg(profile.name));
    });
    watcher->setFuture(runInBackground([profile = *saved] { return localDataOf(profile); }));
}

ServerProfile ConnectDialog::currentProfile() const
{
    ServerProfile p;
    const QUrl typed = serverUrl(m_url->text());
    p.url = typed.adjusted(QUrl::RemoveUserInfo); // a password typed into the address is never kept
    p.user = m_user->text().trimmed().isEmpty() ? typed.userName() : m_user->text().trimmed();
    p.name = m_profile->currentText().trimmed().isEmpty()
        ? QStringLiteral("%1 on %2").arg(p.user, p.url.host())
        : m_profile->currentText().trimmed();
    p.trustedFingerprints = m_trusted;
    p.sessionAuth = m_sessionAuth->isChecked();
    // The kind found is remembered (the next connection goes straight to it); a forced one stays.
    p.backend = m_backend->currentData().toString();
    p.database = m_database->text().trimmed();
    if (m_found && p.backend == QLatin1String("auto")) {
        p.backend = backendKindName(m_found->kind);
        if (p.database.isEmpty())
            p.database = m_found->database;
    }
    p.allowPlainHttp = m_allowHttp->isChecked() && sendsCredentialsInClear(p.url);
    return p;
}

void ConnectDialog::preset(const QUrl &url, const QString &user, const QString &password)
{
    m_url->setText(url.toString());
    m_user->setText(user);
    m_password->setText(password);
    m_profile->setEditText(QStringLiteral("%1 on %2").arg(user, url.host()));
    if (!password.isEmpty()) {
        m_remember->setChecked(false);
        startConnect();
    }
}

void ConnectDialog::setBusy(bool busy)
{
    m_connect->setEnabled(!busy);
    m_url->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    if (busy)
        m_status->setText(tr("Connecting…"));
}

void ConnectDialog::startConnect()
{
    setError(m_urlError, QString());
    setError(m_passwordError, QString());
    const ServerProfile p = currentProfile();
    if (m_url->text().trimmed().isEmpty() || !p.url.isValid() || p.url.host().isEmpty()
        || (p.url.scheme() != QLatin1String("https") && p.url.scheme() != QLatin1String("http"))) {
        setError(m_urlError, tr("Enter the registry address, such as https://registry.example.org."));
        m_url->setFocus();
        return;
    }
    if (!serverUrl(m_url->text()).userInfo().isEmpty()) {
        // Never kept: the address is saved in the profile, where a password must not be.
        m_url->setText(p.url.toString());
        if (m_user->text().trimmed().isEmpty())
            m_user->setText(p.user);
        setError(m_urlError,
            tr("The address held a user name or password; it was removed. Enter the password in "
               "the password field (it is kept in the system keyring, never in the address)."));
        m_password->setFocus();
        return;
    }
    if (sendsCredentialsInClear(p.url) && !p.allowPlainHttp) {
        setError(m_urlError,
            tr("This is an unencrypted (http://) address on another machine: your password would "
               "cross the network readable by anyone on the way. Use the server's https:// "
               "address, or tick “Allow an unencrypted connection” only if your administrator "
               "says this network is private."));
        m_allowHttp->show();
        m_url->setFocus();
        return;
    }
    if (p.user.isEmpty()) {
        setError(m_passwordError, tr("Enter your user name."));
        m_user->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        setError(m_passwordError, tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    m_offline->hide();
    m_found.reset();
    ClientConfig config = currentConfig();
    if (config.backend != BackendKind::Auto) {
        openSession(config);
        return;
    }
    // What does this server speak? REST with the extension, else Odoo, else REST read-only.
    setBusy(true);
    m_status->setText(tr("Finding out what the server speaks…"));
    m_detector = m_factory->detect(config);
    connect(m_detector.get(), &BackendDetector::untrustedCertificate, this,
        [this](const QSslCertificate &, const QString &fingerprint) { m_pendingTrust = fingerprint; });
    connect(
        m_detector.get(), &BackendDetector::found, this, [this, config](const DetectedServer &found) mutable {
            m_found = found;
            config.backend = found.kind;
            config.database = found.database;
            m_status->setText(tr("The server speaks: %1.").arg(found.description));
            m_detector.release()->deleteLater(); // this runs inside its signal
            openSession(config);
        });
    connect(m_detector.get(), &BackendDetector::failed, this, [this](const ApiError &error) {
        const QStringList databases = m_detector->databases();
        m_detector.release()->deleteLater();
        if (!databases.isEmpty()) {
            setBusy(false);
            m_advanced->show();
            m_database->setPlaceholderText(databases.join(QStringLiteral(", ")));
            setError(m_urlError,
                tr("This server holds several databases: enter one of %1 under Advanced.")
                    .arg(databases.join(QStringLiteral(", "))));
            m_database->setFocus();
            return;
        }
        onFailed(error);
    });
    m_detector->start();
}

void ConnectDialog::openSession(ClientConfig config)
{
    m_session = m_factory->open(std::move(config));
    connect(m_session.get(), &RegistrySession::connected, this, &ConnectDialog::onConnected);
    connect(m_session.get(), &RegistrySession::connectionFailed, this, &ConnectDialog::onFailed);
    connect(m_session.get(), &RegistrySession::untrustedCertificate, this,
        [this](const QSslCertificate &, const QString &fingerprint) { m_pendingTrust = fingerprint; });
    setBusy(true);
    m_session->connectToServer();
}

ClientConfig ConnectDialog::currentConfig() const
{
    const ServerProfile p = currentProfile();
    ClientConfig c;
    c.baseUrl = p.url;
    c.user = p.user;
    c.password = m_password->text();
    c.auth = p.sessionAuth ? ClientConfig::Auth::OdooSession : ClientConfig::Auth::Basic;
    c.allowPlainHttp = p.allowPlainHttp;
    c.backend = backendKindFromName(p.backend).value_or(BackendKind::Auto);
    c.database = p.database;
    c.timeoutMs = 30000;
    for (const QString &fp : m_trusted)
        c.trustedCertificateSha256.append(fp.toLatin1());
    return c;
}

void ConnectDialog::workOffline()
{
    const ServerProfile p = currentProfile();
    m_session = m_factory->open(currentConfig());
    m_session->startOffline();
    m_profiles->upsert(p);
    m_profiles->setLastUsed(p.name);
    m_password->clear();
    accept();
}

void ConnectDialog::onConnected()
{
    setBusy(false);
    const ServerProfile p = currentProfile();
    m_profiles->upsert(p);
    m_profiles->setLastUsed(p.name);
    if (m_remember->isChecked() && m_remember->isEnabled() && !m_passwordFromKeyring) {
        const int id = m_session->activity()->start(tr("Save the password in the system keyring"));
        auto *log = m_session->activity();
        auto conn = std::make_shared<QMetaObject::Connection>();
        *conn = connect(m_vault, &PasswordVault::writeDone, m_vault,
            [log, id, conn](const QString &, bool ok, const QString &problem) {
                log->finish(id, ok ? ActivityLog::Status::Succeeded : ActivityLog::Status::Failed,
                    ok ? QString() : tr("not saved: %1. You will be asked for it next time.").arg(problem));
                QObject::disconnect(*conn);
            });
        m_vault->write(keyFor(p.user, p.url), m_password->text());
    }
    m_password->clear();
    accept();
}

void ConnectDialog::onFailed(const ApiError &error)
{
    setBusy(false);
    m_status->clear();
    switch (error.kind()) {
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
        setError(
            m_passwordError, tr("Wrong user name or password (the server said: %1).").arg(error.message()));
        m_password->selectAll();
        m_password->setFocus();
        break;
    case ApiError::Kind::Tls: {
        const QString fp = m_pendingTrust;
        m_pendingTrust.clear();
        setError(m_urlError, error.message());
        if (!fp.isEmpty())
            askToTrust(QSslCertificate(), fp);
        break;
    }
    case ApiError::Kind::TlsChanged:
        // Never offered for trust: a pinned server that presents another certificate may be an
        // impostor. Only the administrator can say; the profile's pin stays as it is.
        m_pendingTrust.clear();
        setError(m_urlError, error.message());
        break;
    case ApiError::Kind::RateLimited:
        setError(m_passwordError, error.message());
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
        setError(m_urlError,
            tr("%1 You can work offline on the local copy: changes wait in the outbox until the server "
               "answers.")
                .arg(error.message()));
        m_offline->show();
        break;
    default:
        setError(m_urlError, tr("This address does not answer like a registry: %1").arg(error.toString()));
        break;
    }
    // Not now: this runs inside the session's own signal.
    if (m_session)
        m_session.release()->deleteLater();
}

void ConnectDialog::askToTrust(const QSslCertificate &, const QString &fingerprint)
{
    QMessageBox box(QMessageBox::Warning, tr("Untrusted certificate"),
        tr("The server presents a certificate that no authority vouches for.\n\nSHA-256 fingerprint:\n%1\n\n"
           "Trust it only if your administrator gave you this exact fingerprint. It will be trusted "
           "for this profile only; a different certificate later will be refused.")
            .arg(fingerprint),
        QMessageBox::Cancel, this);
    QPushButton *trust = box.addButton(tr("&Trust this certificate"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() != trust)
        return;
    m_trusted.append(fingerprint.toLower().remove(QLatin1Char(':')));
    startConnect();
}

std::unique_ptr<RegistrySession> ConnectDialog::takeSession()
{
    return std::move(m_session);
}

} // namespace g2p
