/**
 * Accounts and access: user accounts with one role each (agency officers bound to one agency, association
 * representatives to one association), password hashing, the login view, the current user, each user's
 * language preference, demo logins in demo mode and the first administrator outside it. Declares web and
 * method security for the whole application, the security headers of every filter chain ({@code SecurityHeaders})
 * and the signed-in sessions, which end when an account is disabled, its password reset or its role changed.
 * Publishes refused Vaadin navigations as Spring Security refusals for the audit. Uses organization (to check
 * bindings) and referencedata.
 */
@ApplicationModule
package vn.pcitracker.security;

import org.springframework.modulith.ApplicationModule;
