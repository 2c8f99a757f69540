#include "demofixtures.h"

namespace mestring::test::demo {

const core::Dataset &smallDemo()
{
    static const core::Dataset data = core::generateDemo(core::DemoSize::Small, 42, demoToday());
    return data;
}

const core::Dataset &mediumDemo()
{
    static const core::Dataset data = core::generateDemo(core::DemoSize::Medium, 42, demoToday());
    return data;
}

} // namespace mestring::test::demo
