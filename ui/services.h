#pragma once

namespace mestring::core {
class AuthService;
class ClientService;
class CourseService;
class StaffService;
} // namespace mestring::core

namespace mestring::ui {

/// The services the composition root (app/gui) built, handed down to pages and dialogs by
/// reference. Deliberately a plain bundle, not a "session" object: it owns nothing and has no
/// behaviour, so each widget still says which service it uses. Later issues add services here.
struct Services
{
    core::AuthService &auth;
    core::ClientService &clients;
    core::CourseService &courses;
    core::StaffService &staff;
};

} // namespace mestring::ui
