"use client";
// While a job runs, the server-rendered page is refreshed about once a second
// (router.refresh keeps scroll and client state): hits stream in without a
// client-side data layer.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function LiveRefresh({ everyMs = 1000 }: { everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs]);
  return null;
}
