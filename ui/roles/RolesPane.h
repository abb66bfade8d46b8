#pragma once

#include "core/domain/EntityRef.h"
#include "core/domain/Role.h"
#include "ui/widgets/AdminPane.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace tid::core {
class AdminApi;
class ServerApis;
class AssignmentFilterProxy;
class DefaultOrganizationUnit;
class EntityPickerFilterProxy;
class EntityPickerModel;
class PermissionMatrixFilterProxy;
class PermissionMatrixModel;
class RoleAssignmentsModel;
class RoleFilterProxy;
class RolesModel;
class ScopesModel;
} // namespace tid::core

namespace tid::ui {

// Roles: the list; for the selected role its name and description, a permission matrix (every
// scope × every role, checkboxes, saved together), and its assignments — users, groups,
// applications and agents — added through a search picker or by dragging them from the picker
// onto a role in the list, and removed.
class RolesPane final : public AdminPane
{
    Q_OBJECT

public:
    explicit RolesPane(const core::ServerApis *apis, QWidget *parent = nullptr);
    ~RolesPane() override;

    core::RolesModel *model() const { return m_model; }
    core::PermissionMatrixModel *matrix() const { return m_matrix; }
    core::RoleAssignmentsModel *assignments() const { return m_assignments; }
    core::EntityPickerModel *picker() const { return m_picker; }
    QTableView *listView() const { return m_list; }
    QTreeView *matrixView() const { return m_matrixView; }
    QTableView *assignmentsView() const { return m_assignmentsView; }
    QTableView *pickerView() const { return m_pickerView; }
    QTabWidget *tabs() const { return m_tabs; }
    core::Role currentRole() const { return m_current; }
    bool matrixReady() const { return m_matrixReady; }

public Q_SLOTS:
    void refresh() override;
    void newItem() override;
    // Role form edits not saved, permission changes not saved.
    QString unsavedChanges() const override;
    void deleteSelected() override;
    bool selectRole(const QString &id);
    void saveRole();
    void savePermissions();
    void revertPermissions();
    void setPickerType(tid::core::EntityRef::Type type);
    void addPickedEntities();
    void removeSelectedAssignments();
    // Adds assignments to a role (drop, picker, or another pane).
    void addAssignments(const QString &roleId, const QList<tid::core::EntityRef> &entities);

Q_SIGNALS:
    void roleSaved(const tid::core::Role &role);
    void permissionsSaved();
    void assignmentsChanged(const QString &roleId);

private:
    void buildUi();
    QWidget *buildRoleTab();
    QWidget *buildPermissionsTab();
    QWidget *buildAssignmentsTab();
    void onSelectionChanged();
    void showRole(const core::Role &role);
    void tryFillMatrix();
    void updateMatrixButtons();
    void setWriting(QWidget *form, bool writing);
    void updateExcluded();

    const core::AdminApi *const m_api;
    core::RolesModel *m_model;
    core::RoleFilterProxy *m_proxy;
    core::ScopesModel *m_scopes;
    core::PermissionMatrixModel *m_matrix;
    core::PermissionMatrixFilterProxy *m_matrixProxy;
    core::RoleAssignmentsModel *m_assignments;
    core::AssignmentFilterProxy *m_assignmentsProxy;
    core::EntityPickerModel *m_picker;
    core::EntityPickerFilterProxy *m_pickerProxy;
    core::DefaultOrganizationUnit *m_ou;
    core::Role m_current;
    bool m_scopesLoaded = false;
    bool m_matrixReady = false;
    int m_writes = 0;
    bool m_restoringSelection = false;
    QString formChanges() const; // the role form's unsaved edits, as a sentence

    QTableView *m_list = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QTabWidget *m_tabs = nullptr;

    QWidget *m_rolePage = nullptr;
    QWidget *m_roleForm = nullptr;
    QLabel *m_roleTitle = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_roleHint = nullptr;
    QPushButton *m_saveRole = nullptr;

    QWidget *m_matrixForm = nullptr;
    QTreeView *m_matrixView = nullptr;
    QLineEdit *m_matrixFilter = nullptr;
    QCheckBox *m_onlyGranted = nullptr;
    QPushButton *m_savePermissions = nullptr;
    QPushButton *m_revertPermissions = nullptr;

    QWidget *m_assignForm = nullptr;
    QComboBox *m_assignedType = nullptr;
    QTableView *m_assignmentsView = nullptr;
    QPushButton *m_removeAssignments = nullptr;
    QComboBox *m_pickerType = nullptr;
    QLineEdit *m_pickerSearch = nullptr;
    QTableView *m_pickerView = nullptr;
    QPushButton *m_addPicked = nullptr;
};

} // namespace tid::ui
