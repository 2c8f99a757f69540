#include "nameorder.h"

#include <QCollator>
#include <QLocale>

namespace mestring::core {

int compareNames(QStringView a, QStringView b)
{
    // A collator is not safe to share between threads (a report worker sorts too); one per
    // thread, made once. ICU's Danish rules, not the PC's locale: a UTC terminal server with
    // an English or C locale sorts Å as A or byte by byte.
    thread_local const QCollator collator(QLocale(QLocale::Danish, QLocale::Denmark));
    const int order = collator.compare(a, b);
    // Texts the collator holds equal (e.g. composed and decomposed å) still get one order.
    return order != 0 ? order : a.compare(b);
}

} // namespace mestring::core
