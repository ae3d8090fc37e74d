#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace shelfsync::views {

// What the receiving dock knows of a product the catalogue lacks: its barcode, and what
// the user types from the label.
struct NewSku
{
    QString sku;
    QString name;
    QString gtin; // GTIN-14 as scanned
    QString category;
    QString unit;
    int shelfLifeDays = 0;
};

// Makes a SKU for a scanned GTIN nobody has on record. OK stays off until the id and the
// name are there and the id is free, so a typo never renames an existing product.
class NewSkuDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSkuDialog)

public:
    // `takenIds` are the SKU ids already in the catalogue; `categories` fill the combo.
    NewSkuDialog(const NewSku &prefill, const QStringList &categories, const QStringList &takenIds,
                 QWidget *parent = nullptr);

    NewSku values() const;
    bool isComplete() const;

private:
    void validate();

    QStringList m_takenIds;
    QString m_gtin;
    QLineEdit *m_sku = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_unit = nullptr;
    QSpinBox *m_shelfLife = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace shelfsync::views
