#include "annotationpanel.h"

#include "core/transcripttext.h"
#include "models/annotationmodel.h"
#include "models/evaluationform.h"
#include "models/evaluationformmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace huddle::ui {

AnnotationPanel::AnnotationPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeView(this))
    , m_atLine(new QRadioButton(this))
    , m_atTime(new QRadioButton(tr("A&t"), this))
    , m_time(new QLineEdit(this))
    , m_criterion(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_add(new QPushButton(tr("A&dd annotation"), this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
    , m_problem(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("annotations"));
    m_list->setAccessibleName(tr("Annotations"));
    m_list->setRootIsDecorated(false);
    m_list->setToolTip(tr("Enter or a double click shows the moment in the transcript."));
    m_problem->setObjectName(QStringLiteral("annotationProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    connect(m_list, &QTreeView::doubleClicked, this, &AnnotationPanel::activate);
    connect(m_list, &QTreeView::activated, this, &AnnotationPanel::activate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(createFields());
    layout->addWidget(m_problem);
    setSelectedLine(0);
}

QWidget *AnnotationPanel::createFields()
{
    auto *box = new QWidget(this);
    m_atLine->setObjectName(QStringLiteral("annotationAtLine"));
    m_atTime->setObjectName(QStringLiteral("annotationAtTime"));
    m_time->setObjectName(QStringLiteral("annotationTime"));
    m_time->setPlaceholderText(tr("mm:ss"));
    m_time->setMaximumWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + 24);
    m_time->setAccessibleName(tr("Moment of the call (mm:ss)"));
    m_criterion->setObjectName(QStringLiteral("annotationCriterion"));
    m_criterion->setAccessibleName(tr("Criterion of the annotation"));
    m_note->setObjectName(QStringLiteral("annotationNote"));
    m_note->setPlaceholderText(tr("What happened at that moment"));
    m_add->setObjectName(QStringLiteral("addAnnotation"));
    m_remove->setObjectName(QStringLiteral("removeAnnotation"));
    for (QPushButton *button : {m_add, m_remove})
        button->setAutoDefault(false);
    connect(m_time, &QLineEdit::textEdited, this, [this] { m_atTime->setChecked(true); });
    connect(m_note, &QLineEdit::returnPressed, this, &AnnotationPanel::addFromFields);
    connect(m_add, &QPushButton::clicked, this, &AnnotationPanel::addFromFields);
    connect(m_remove, &QPushButton::clicked, this, &AnnotationPanel::removeSelected);

    auto *criterionLabel = new QLabel(tr("Criterio&n:"), box);
    criterionLabel->setBuddy(m_criterion);
    auto *noteLabel = new QLabel(tr("N&ote:"), box);
    noteLabel->setBuddy(m_note);
    auto *anchor = new QHBoxLayout;
    anchor->addWidget(m_atLine);
    anchor->addSpacing(8);
    anchor->addWidget(m_atTime);
    anchor->addWidget(m_time);
    anchor->addSpacing(16);
    anchor->addWidget(criterionLabel);
    anchor->addWidget(m_criterion, 1);
    auto *note = new QHBoxLayout;
    note->addWidget(noteLabel);
    note->addWidget(m_note, 1);
    note->addWidget(m_add);
    note->addWidget(m_remove);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(anchor);
    layout->addLayout(note);
    return box;
}

void AnnotationPanel::setForm(models::EvaluationForm *form)
{
    m_form = form;
    m_list->setModel(form->annotations());
    m_list->header()->setSectionResizeMode(models::AnnotationModel::Where, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(models::AnnotationModel::Criterion, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(form->annotations(), &QAbstractItemModel::rowsInserted, m_list,
            [this](const QModelIndex &, int row) {
                m_list->setCurrentIndex(m_form->annotations()->index(row, 0));
            });
    refresh();
}

void AnnotationPanel::refresh()
{
    if (!m_form)
        return;
    const int kept = m_criterion->currentIndex();
    m_criterion->clear();
    m_criterion->addItem(tr("— none —"), -1);
    const models::EvaluationFormModel *criteria = m_form->criteria();
    for (int i = 0; i < criteria->criterionCount(); ++i)
        m_criterion->addItem(criteria->criterion(i).name, i);
    m_criterion->setCurrentIndex(std::clamp(kept, 0, m_criterion->count() - 1));
    const bool editable = m_form->isEditable();
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_atLine, m_atTime, m_time, m_criterion, m_note, m_add, m_remove})
        field->setEnabled(editable);
    if (editable)
        setSelectedLine(m_selectedLine);
}

void AnnotationPanel::setSelectedLine(int lineNo)
{
    m_selectedLine = lineNo;
    m_atLine->setText(lineNo > 0 ? tr("&Line %1").arg(QLocale().toString(lineNo)) : tr("&Line (select one)"));
    m_atLine->setEnabled(lineNo > 0 && (!m_form || m_form->isEditable()));
    if (lineNo > 0 && m_time->text().isEmpty())
        m_atLine->setChecked(true);
    else if (lineNo <= 0)
        m_atTime->setChecked(true);
}

void AnnotationPanel::setCurrentCriterion(int flat)
{
    const int index = m_criterion->findData(flat);
    if (index >= 0)
        m_criterion->setCurrentIndex(index);
}

QString AnnotationPanel::problem() const
{
    return m_problem->text();
}

void AnnotationPanel::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

bool AnnotationPanel::addFromFields()
{
    if (!m_form)
        return false;
    core::Annotation annotation;
    annotation.criterionIndex = m_criterion->currentData().toInt();
    annotation.body = m_note->text();
    if (m_atLine->isChecked()) {
        if (m_selectedLine <= 0) {
            showProblem(tr("Select a line of the transcript, or type a moment of the call as mm:ss."));
            return false;
        }
        annotation.anchorKind = core::AnchorKind::Line;
        annotation.anchorValue = m_selectedLine;
    } else {
        const auto second = core::parseCallTimestamp(m_time->text().trimmed());
        if (!second) {
            showProblem(tr("“%1” is not a moment of the call: type it as mm:ss, such as 01:23.")
                            .arg(m_time->text().trimmed()));
            m_time->setFocus();
            return false;
        }
        annotation.anchorKind = core::AnchorKind::Second;
        annotation.anchorValue = *second;
    }
    if (const core::Status added = m_form->addAnnotation(annotation); !added) {
        showProblem(added.error().toString());
        return false;
    }
    showProblem({});
    m_note->clear();
    m_time->clear();
    setSelectedLine(m_selectedLine);
    return true;
}

void AnnotationPanel::removeSelected()
{
    if (m_form && m_list->currentIndex().isValid())
        m_form->removeAnnotation(m_list->currentIndex().row());
}

void AnnotationPanel::activate(const QModelIndex &index)
{
    if (!m_form || !index.isValid())
        return;
    if (const core::Annotation *annotation = m_form->annotations()->annotationAt(index.row()))
        Q_EMIT annotationActivated(*annotation);
}

} // namespace huddle::ui
