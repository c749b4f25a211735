/**
 * Auth.js (contrib.auth): e-mail and password through the Credentials provider, JWT
 * sessions. The JWT only names a `sessions` row (sid) and its user; every request checks
 * that row (features/accounts/current.ts), so the server can end any session at once.
 */
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { durationMs, env } from "@/env";
import { logInBrowser } from "@/features/accounts/login";
import { metaFromHeaders } from "@/features/accounts/request-meta";
import { endSessionById } from "@/features/accounts/session-list";
import { LoginInput } from "@/features/accounts/schemas";
import { RateLimitedError } from "@/lib/errors";
import { log } from "@/lib/log";
import { getSecret } from "@/lib/secret";

declare module "next-auth" {
  interface User {
    sid?: string;
  }
  interface Session {
    /** The `sessions` row this browser session is (shown as "this device"). */
    sid?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}

export class RateLimitedSignin extends CredentialsSignin {
  override code = "rate_limited";
}

export const authConfig = {
  trustHost: true,
  secret: getSecret(),
  session: { strategy: "jwt", maxAge: Math.floor(durationMs(env.SESSION_TTL) / 1000) },
  pages: { signIn: "/login", error: "/login" },
  logger: {
    error(error) {
      // A wrong password is not a server error.
      if (error.name === "CredentialsSignin" || error instanceof CredentialsSignin) return;
      log.error("auth error", { error: error.message });
    },
    warn: (code) => log.warn("auth warning", { code }),
  },
  providers: [
    Credentials({
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = LoginInput.safeParse(credentials);
        if (!parsed.success) return null;
        try {
          const result = await logInBrowser(parsed.data.email, parsed.data.password, metaFromHeaders(request.headers, request.url));
          if (!result) return null;
          return { id: result.user.id, email: result.user.email, name: result.user.name, sid: result.session.id };
        } catch (err) {
          if (err instanceof RateLimitedError) throw new RateLimitedSignin();
          throw err;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id && user.sid) {
        token.sub = user.id;
        token.sid = user.sid;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sid = token.sid;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      const sub = "token" in message ? message.token?.sub : undefined;
      if (sid && sub) await endSessionById(sub, sid, "logout");
    },
  },
} satisfies NextAuthConfig;

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
