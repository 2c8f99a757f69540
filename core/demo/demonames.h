#pragma once

#include <vector>

#include <QDate>
#include <QString>

#include "core/demo/demorandom.h"
#include "core/domain/enums.h"

namespace mestring::core::demo {

struct Municipality
{
    QString name;
    QString town;
    QString postcode;
    int weight = 1; // how many of the centre's clients live there
};

const std::vector<QString> &femaleFirstNames();
const std::vector<QString> &maleFirstNames();
const std::vector<QString> &lastNames();
const std::vector<QString> &streetNames();
/// Central and West Jutland; the centre sits in Viborg, so most clients live there.
const std::vector<Municipality> &municipalities();
const Municipality &randomMunicipality(DemoRandom &rng);

/// A CPR number DDMMYYSSSS for the birth date and sex: the 7th digit matches the century
/// table, the last digit is odd for men. `passMod11` false gives a number that fails the
/// modulus-11 check, as numbers issued since 2007 may.
QString makeCpr(DemoRandom &rng, const QDate &birth, Sex sex, bool passMod11);
/// A replacement number (eCPR): DDMMYY, 1/7 (national) or 0/5/6 (local), two letters, digit.
QString makeEcpr(DemoRandom &rng, const QDate &birth, Sex sex);
bool passesMod11(const QString &cpr);

/// A Danish mobile number, "20 12 34 56".
QString makePhone(DemoRandom &rng);

} // namespace mestring::core::demo
