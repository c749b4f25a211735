/**
 * Outgoing mail. SMTP_URL set: sent through nodemailer over SMTP. Unset: written to the
 * server log. Either way a row in `mail_outbox` records it (transport, sent_at or error),
 * the local outbox an admin can read. The outbox row is written directly, not through the
 * write path, because mails carry secrets (reset links) that must not reach events/audit.
 */
import { eq } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { env } from "@/env";
import { log } from "./log";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface MailResult {
  id: string;
  transport: "smtp" | "log";
  sent: boolean;
  error?: string;
}

let transporter: { url: string; t: Transporter } | undefined;

function smtp(url: string): Transporter {
  if (transporter?.url !== url) transporter = { url, t: nodemailer.createTransport(url) };
  return transporter.t;
}

/** Sends one mail and records it in the outbox; never throws for a transport failure. */
export async function sendMail(mail: Mail, meta: { requestId?: string | null } = {}): Promise<MailResult> {
  const transport = env.SMTP_URL ? "smtp" : "log";
  const db = getDb();
  const [row] = await db.insert(mailOutbox).values({ ...mail, transport }).returning({ id: mailOutbox.id });
  const id = row!.id;
  try {
    if (env.SMTP_URL) {
      await smtp(env.SMTP_URL).sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    } else {
      log.info("mail (no SMTP_URL set, so written here)", { requestId: meta.requestId, to: mail.to, subject: mail.subject, text: mail.text });
    }
    await db.update(mailOutbox).set({ sentAt: new Date() }).where(eq(mailOutbox.id, id));
    return { id, transport, sent: true };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    log.error("mail could not be sent", { requestId: meta.requestId, to: mail.to, subject: mail.subject, error: message });
    await db.update(mailOutbox).set({ error: message }).where(eq(mailOutbox.id, id));
    return { id, transport, sent: false, error: message };
  }
}
