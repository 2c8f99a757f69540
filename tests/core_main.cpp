#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

#include "support/testisolation.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const mestring::test::ProcessIsolation isolation;
    return Catch::Session().run(argc, argv);
}
