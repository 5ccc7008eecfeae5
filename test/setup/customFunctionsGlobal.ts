/**
 * Excel provides the `CustomFunctions` global inside its runtime; tests get a small stand-in with the
 * same shape (class Error with code and message, enum ErrorCode with Excel's error strings).
 */
class CustomFunctionsError {
  constructor(
    public code: string,
    public message?: string
  ) {}
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode,
  associate: () => undefined,
};
