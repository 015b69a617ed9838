// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace NetnsStudio {

NameDialog::NameDialog(const QString& title, const QStringList& labels, const QStringList& proposals,
                       Check check, QWidget* parent)
    : QDialog(parent), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_check(std::move(check))
{
    setWindowTitle(title);
    auto* form = new QFormLayout(this);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        auto* edit = new QLineEdit(proposals.value(i), this);
        edit->setObjectName(QStringLiteral("NameEdit%1").arg(i));
        edit->setAccessibleName(QString(labels[i]).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        edit->selectAll();
        connect(edit, &QLineEdit::textChanged, this, &NameDialog::revalidate);
        form->addRow(labels[i], edit);
        m_edits << edit;
    }
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    form->addRow(m_error);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

QStringList NameDialog::names() const
{
    QStringList names;
    for (QLineEdit* edit : m_edits)
        names << edit->text();
    return names;
}

void NameDialog::revalidate()
{
    QString error;
    for (QLineEdit* edit : std::as_const(m_edits))
        if (error.isEmpty())
            error = m_check(edit->text());
    if (error.isEmpty() && m_edits.size() == 2 && m_edits[0]->text() == m_edits[1]->text())
        error = tr("The two names must differ.");
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

} // namespace NetnsStudio
