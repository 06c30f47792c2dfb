package org.homegw.cwmp.message;

/** Asks the peer which RPC methods it supports (either direction). */
public record GetRPCMethods() implements CwmpRequest {
}
