import { bodyOf, type HttpRequest, type HttpResponse, type HttpTransport } from "../http-transport";

/** What a fake answers: status 200, no headers and an empty body unless it says otherwise. */
export type FakeAnswer = Partial<Omit<HttpResponse, "body">> & { body?: string };

export type FakeHandler = (request: HttpRequest) => FakeAnswer;

/** A registry's HTTP side in a function: records every request and answers with `handler`. */
export function fakeTransport(handler: FakeHandler): { requests: HttpRequest[]; transport: HttpTransport } {
  const requests: HttpRequest[] = [];
  const transport = async (request: HttpRequest): Promise<HttpResponse> => {
    requests.push(request);
    const { status = 200, headers = {}, body = "" } = handler(request);
    return { status, headers, body: bodyOf(body) };
  };
  return { requests, transport };
}
